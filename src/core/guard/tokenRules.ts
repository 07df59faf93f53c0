import type { GuardRule } from './Finding';
import { characterClasses } from './entropy';
import { hasCountingRun, isPlaceholder, isReference } from './placeholders';
import { isHighEntropySecret, isPasswordValue } from './secretAssignment';

/** A secret recognised by its format wherever it appears in a line. */
export interface TokenRule {
  rule: GuardRule;
  /** What the reason calls it: `GitHub personal access token`. */
  label: string;
  /** Global pattern; the secret is capture group 1 when there is one, else the whole match. */
  pattern: RegExp;
  /** How many leading characters of the secret are a public prefix safe to show (`ghp_` = 4). */
  visiblePrefix: number;
  /** Extra check on the secret beyond the pattern. */
  accept?: (secret: string) => boolean;
}

const mixesLettersAndDigits = (s: string): boolean => /[A-Za-z]/.test(s) && /[0-9]/.test(s);

/** Whether base64 starting with `-----BEGIN ` encodes a private key rather than a certificate. */
function decodesToPrivateKey(base64: string): boolean {
  const head = base64.slice(0, 64);
  return /PRIVATE KEY/.test(atob(head.slice(0, head.length - (head.length % 4))));
}

/** Every format rule the guard applies to each line. Order matters only for the message. */
export const TOKEN_RULES: readonly TokenRule[] = [
  {
    rule: 'aws-access-key-id',
    label: 'AWS access key id',
    pattern: /\b((?:AKIA|ASIA|ABIA|ACCA|AIDA|AROA)[A-Z0-9]{16})\b/g,
    visiblePrefix: 4,
  },
  {
    rule: 'aws-secret-access-key',
    label: 'AWS secret access key',
    pattern: /(?:aws_?)?secret_?access_?key["']?\s*[:=]\s*["']?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+])/gi,
    visiblePrefix: 0,
    accept: (s) => characterClasses(s) >= 2,
  },
  {
    rule: 'github-token',
    label: 'GitHub fine-grained personal access token',
    pattern: /\b(github_pat_[A-Za-z0-9_]{50,})\b/g,
    visiblePrefix: 11,
  },
  {
    rule: 'github-token',
    label: 'GitHub personal access token',
    pattern: /\b(ghp_[A-Za-z0-9]{36,})\b/g,
    visiblePrefix: 4,
  },
  {
    rule: 'github-token',
    label: 'GitHub OAuth or app token',
    pattern: /\b(gh[ousr]_[A-Za-z0-9]{36,})\b/g,
    visiblePrefix: 4,
  },
  {
    rule: 'gitlab-token',
    label: 'GitLab personal access token',
    pattern: /\b(glpat-[A-Za-z0-9_-]{20,})/g,
    visiblePrefix: 6,
  },
  {
    rule: 'slack-token',
    label: 'Slack token',
    // `xoxe-` refresh tokens and `xoxe.xoxp-` rotating access tokens as well as bot/user/app tokens.
    pattern: /\b(xox(?:[bpraso]|e(?:\.xox[bp])?)-[A-Za-z0-9-]{10,})/g,
    visiblePrefix: 5,
    accept: mixesLettersAndDigits,
  },
  {
    rule: 'slack-webhook',
    label: 'Slack webhook URL',
    pattern:
      /(https:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9]+\/[A-Za-z0-9]+\/[A-Za-z0-9]{16,})/g,
    visiblePrefix: 'https://hooks.slack.com/'.length,
  },
  {
    rule: 'discord-webhook',
    label: 'Discord webhook URL',
    pattern: /(https:\/\/(?:ptb\.|canary\.)?discord(?:app)?\.com\/api\/webhooks\/[0-9]+\/[A-Za-z0-9_-]{30,})/g,
    visiblePrefix: 'https://discord.com/api/webhooks/'.length,
  },
  {
    rule: 'google-api-key',
    label: 'Google API key',
    pattern: /\b(AIza[0-9A-Za-z_-]{35})(?![0-9A-Za-z_-])/g,
    visiblePrefix: 4,
  },
  {
    rule: 'stripe-live-key',
    label: 'Stripe live secret key',
    pattern: /\b((?:sk|rk)_live_[0-9A-Za-z]{16,})\b/g,
    visiblePrefix: 8,
  },
  {
    rule: 'openai-api-key',
    label: 'OpenAI-style API key',
    pattern: /(?<![A-Za-z0-9_-])(sk-(?:proj-|svcacct-|admin-|ant-)?[A-Za-z0-9_-]{32,})/g,
    visiblePrefix: 3,
    // Random keys mix cases or digits; a URL slug such as `/sk-hynix-memory-prices-…` is words.
    accept: (s) => characterClasses(s) >= 3 && !/^sk-(?:[A-Za-z][a-z]*-)*[A-Za-z][a-z]*$/.test(s),
  },
  {
    rule: 'jwt',
    label: 'JSON web token',
    pattern: /\b(eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{16,})/g,
    visiblePrefix: 3,
  },
  {
    rule: 'npm-token',
    label: 'npm access token',
    pattern: /\b(npm_[A-Za-z0-9]{36})\b/g,
    visiblePrefix: 4,
  },
  {
    rule: 'npm-token',
    label: 'npm auth token in .npmrc',
    pattern: /:_auth(?:Token)?\s*=\s*["']?([^\s"'$][^\s"']{15,})/g,
    visiblePrefix: 0,
  },
  {
    rule: 'telegram-bot-token',
    label: 'Telegram bot token',
    pattern: /\b([0-9]{8,10}:AA[A-Za-z0-9_-]{33})(?![A-Za-z0-9_-])/g,
    visiblePrefix: 0,
  },
  {
    rule: 'bearer-token',
    label: 'Authorization bearer token',
    pattern: /authorization["']?\s*[:=]\s*["']?bearer\s+([A-Za-z0-9._~+/=-]{20,})/gi,
    visiblePrefix: 0,
  },
  {
    rule: 'age-secret-key',
    label: 'age secret key',
    pattern: /\b(AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58})\b/g,
    visiblePrefix: 'AGE-SECRET-KEY-1'.length,
  },
  {
    rule: 'private-key',
    label: 'base64-encoded private key block',
    // `-----BEGIN ` in base64, as kubeconfig `client-key-data:` and Kubernetes secrets hold keys.
    pattern: /\b(LS0tLS1CRUdJTi[A-Za-z0-9+/]{20,}={0,2})/g,
    visiblePrefix: 0,
    accept: (s) => decodesToPrivateKey(s),
  },
  {
    rule: 'kubernetes-bootstrap-token',
    label: 'Kubernetes bootstrap token',
    // Only after `token` or `kubeadm` on the line: a host name with six letters, a dot and sixteen
    // letters and digits has the same shape.
    pattern: /(?:token|kubeadm)[^\n]*?(?<![\w.-])([a-z0-9]{6}\.[a-z0-9]{16})(?![\w.-])/gi,
    visiblePrefix: 0,
    accept: (s) => /^[a-z0-9.]+$/.test(s) && mixesLettersAndDigits(s) && !hasCountingRun(s),
  },
  {
    rule: 'sendgrid-api-key',
    label: 'SendGrid API key',
    pattern: /\b(SG\.[A-Za-z0-9_-]{16,32}\.[A-Za-z0-9_-]{30,64})(?![A-Za-z0-9_-])/g,
    visiblePrefix: 3,
    accept: mixesLettersAndDigits,
  },
  {
    rule: 'digitalocean-token',
    label: 'DigitalOcean token',
    pattern: /\b(do[opr]_v1_[a-f0-9]{64})\b/g,
    visiblePrefix: 7,
  },
  {
    rule: 'azure-account-key',
    label: 'Azure account key',
    pattern: /\b(?:AccountKey|SharedAccessKey)\s*=\s*([A-Za-z0-9+/]{30,}={0,2})/g,
    visiblePrefix: 0,
    accept: (s) => characterClasses(s) >= 3,
  },
  {
    rule: 'vault-token',
    label: 'HashiCorp Vault token',
    pattern: /\b(hv[sbr]\.[A-Za-z0-9_-]{24,})/g,
    visiblePrefix: 4,
    accept: mixesLettersAndDigits,
  },
  {
    rule: 'url-credentials',
    label: 'password in a URL',
    // `scheme://user:password@host`; the host part keeps out `http://host:8080/` and `git@…`.
    pattern: /\b[a-z][a-z0-9+.-]*:\/\/[^\s:@/]*:([^\s:@/]+)@[\w[]/gi,
    visiblePrefix: 0,
    accept: (s) => !/^[0-9]+$/.test(s) && !isReference(s),
  },
  {
    rule: 'netrc-password',
    label: '.netrc password',
    pattern: /(?:^|\s)(?:machine\s+\S+|default)\s+(?:(?:login|account)\s+\S+\s+)*password\s+(\S+)/g,
    visiblePrefix: 0,
    accept: (s) => !isReference(s),
  },
  {
    rule: 'netrc-password',
    label: '.netrc password',
    // A `.netrc` spread over lines: `password` alone with its value, judged as a password.
    pattern: /^\s*password\s+(\S+)\s*$/g,
    visiblePrefix: 0,
    accept: (s) => isPasswordValue(s) || isHighEntropySecret(s),
  },
];

/** A format rule's hit in one line. */
export interface TokenMatch {
  rule: TokenRule;
  secret: string;
}

// A cheap pre-check: every rule's pattern contains one of these, so most lines skip all rules.
const TRIGGER =
  /AKIA|ASIA|ABIA|ACCA|AIDA|AROA|access_?key|github_pat_|gh[pousr]_|glpat-|xox[bpraseo][.-]|hooks\.slack|discord|AIza|_live_|sk-|eyJ|npm_|_auth|:AA|authorization|AGE-SECRET-KEY-|LS0tLS1CRUdJTi|SG\.|do[opr]_v1_|AccountKey|SharedAccessKey|hv[sbr]\.|:\/\/[^\s:@/]*:[^\s@/]+@|password|token|kubeadm/i;

/** Finds every format-recognised secret in one line, skipping placeholders such as `ghp_xxxx…`. */
export function matchTokens(line: string): TokenMatch[] {
  const matches: TokenMatch[] = [];
  if (!TRIGGER.test(line)) return matches;
  for (const rule of TOKEN_RULES) {
    for (const m of line.matchAll(rule.pattern)) {
      const secret = m[1] ?? m[0];
      const body = secret.slice(rule.visiblePrefix);
      if (isPlaceholder(body)) continue;
      if (rule.accept && !rule.accept(secret)) continue;
      matches.push({ rule, secret });
    }
  }
  return matches;
}
