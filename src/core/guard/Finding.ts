/** The stable id of the guard rule that produced a finding. */
export type GuardRule =
  | 'private-key'
  | 'aws-access-key-id'
  | 'aws-secret-access-key'
  | 'github-token'
  | 'gitlab-token'
  | 'slack-token'
  | 'slack-webhook'
  | 'discord-webhook'
  | 'google-api-key'
  | 'stripe-live-key'
  | 'openai-api-key'
  | 'jwt'
  | 'npm-token'
  | 'telegram-bot-token'
  | 'bearer-token'
  | 'age-secret-key'
  | 'kubernetes-bootstrap-token'
  | 'sendgrid-api-key'
  | 'digitalocean-token'
  | 'azure-account-key'
  | 'vault-token'
  | 'url-credentials'
  | 'netrc-password'
  | 'secret-assignment'
  | 'secret-item-value';

/** One suspected secret in a file about to be committed. The reason never contains the secret itself. */
export interface Finding {
  /** Vault-relative path, `/` separators. */
  path: string;
  /** 1-based line of the secret (the `BEGIN` line of a key block). */
  line: number;
  /** A human reason with the value masked: `GitHub personal access token ghp_… (40 characters)`. */
  reason: string;
  rule: GuardRule;
}

/** A file as the guard sees it: its path and its bytes, in whatever encoding it was written. */
export interface ScannedFile {
  path: string;
  bytes: Uint8Array;
}

/** Options of `scanForSecrets`. */
export interface ScanForSecretsOptions {
  /** Paths or globs (`*`, `**`, `?`) of files the guard skips entirely. */
  allowlist: string[];
}

/** Formats a finding the way the CLI and the commit notice print it: `path:line: reason`. */
export function formatFinding(finding: Finding): string {
  return `${finding.path}:${finding.line}: ${finding.reason}`;
}
