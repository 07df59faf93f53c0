import type { Finding, ScanForSecretsOptions, ScannedFile } from './Finding';
import { globMatch } from './globMatch';
import { maskSecret } from './mask';
import { matchSecretAssignment } from './secretAssignment';
import { findSecretItemValues } from './secretItemValues';
import { matchTokens } from './tokenRules';

// Inline base64 data (`![](data:image/png;base64,…)`) is content, not a credential; random base64
// would otherwise now and then spell a token prefix.
const DATA_URI = /data:[\w.+/-]+;base64,[A-Za-z0-9+/=]+/g;
const PRIVATE_KEY_BEGIN = /-----BEGIN ((?:[A-Z0-9]+ )*)PRIVATE KEY(?: BLOCK)?-----/;

/**
 * Scans files about to be committed for secrets: private key blocks, well-known token formats,
 * high-entropy values under secret-like keys, and value fields on `stack: secret` notes.
 * Files matching `options.allowlist` are skipped. A value under a secret-like key is reported only
 * when no more specific rule fired on its line.
 * @example scanForSecrets([{ path: 'a.md', text: 'GITHUB_TOKEN=ghp_…' }], { allowlist: [] })
 */
export function scanForSecrets(files: readonly ScannedFile[], options: ScanForSecretsOptions): Finding[] {
  const findings: Finding[] = [];
  for (const file of files) {
    if (options.allowlist.some((glob) => globMatch(file.path, glob))) continue;
    findings.push(...scanFile(file));
  }
  return findings;
}

function scanFile({ path, text }: ScannedFile): Finding[] {
  const lines = text.split(/\r\n|\r|\n/);
  const itemValues = new Map(findSecretItemValues(text).map((v) => [v.line, v.field]));
  const findings: Finding[] = [];
  lines.forEach((raw, index) => {
    const line = raw.replace(DATA_URI, ' ');
    const lineNo = index + 1;
    const before = findings.length;

    const key = PRIVATE_KEY_BEGIN.exec(line);
    if (key && hasKeyBody(line.slice(key.index + key[0].length), lines, index)) {
      const type = key[1].trim();
      findings.push({ path, line: lineNo, rule: 'private-key', reason: `${type === '' ? '' : `${type} `}private key block` });
    }

    const seen: string[] = [];
    for (const { rule, secret } of matchTokens(line)) {
      if (seen.some((s) => s.includes(secret) || secret.includes(s))) continue;
      seen.push(secret);
      findings.push({ path, line: lineNo, rule: rule.rule, reason: `${rule.label} ${maskSecret(secret, rule.visiblePrefix)}` });
    }

    const field = itemValues.get(lineNo);
    if (field !== undefined) {
      findings.push({
        path,
        line: lineNo,
        rule: 'secret-item-value',
        reason: `\`${field}\` holds a value on a secret item; secrets are references (store and ref), never values`,
      });
    }

    if (findings.length === before) {
      const assignment = matchSecretAssignment(line);
      if (assignment) {
        findings.push({
          path,
          line: lineNo,
          rule: 'secret-assignment',
          reason: `high-entropy value under secret-like key \`${assignment.key}\` ${maskSecret(assignment.value, 0)}`,
        });
      }
    }
  });
  return findings;
}

/**
 * A real key block has encoded content after its BEGIN line (or after a `\n` escape on the same
 * line, as in a JSON service-account file), not just `...` in documentation.
 */
function hasKeyBody(restOfLine: string, lines: readonly string[], begin: number): boolean {
  if (/^(?:\\n|\s)*(?:[A-Za-z-]+: [^\\]*\\n)*(?:\\n)?[A-Za-z0-9+/=]{24,}/.test(restOfLine)) return true;
  for (const next of lines.slice(begin + 1, begin + 6)) {
    if (/^-----END /.test(next.trim())) return false;
    if (/^[A-Za-z0-9+/=]{24,}$/.test(next.trim())) return true;
  }
  return false;
}
