import type { Finding, ScanForSecretsOptions, ScannedFile } from './Finding';
import { decodeForScan } from './decodeForScan';
import { globMatch } from './globMatch';
import { isCompressedMedia } from './isCompressedMedia';
import { findKeyBlocks } from './keyBlocks';
import { lineViews } from './lineViews';
import { maskSecret } from './mask';
import { matchSecretAssignment } from './secretAssignment';
import { findSecretItemValues } from './secretItemValues';
import { matchTokens } from './tokenRules';

/**
 * Scans files about to be committed for secrets: private key blocks, well-known token formats,
 * values under secret-like keys, and value fields on `stack: secret` notes. Files are bytes in any
 * encoding (see `decodeForScan`); files matching `options.allowlist` and compressed media (images,
 * video, archives: `isCompressedMedia`) are skipped. A value under a
 * secret-like key is reported only when no more specific rule fired on its line.
 * @example scanForSecrets([{ path: 'a.md', bytes: new TextEncoder().encode('GITHUB_TOKEN=ghp_…') }], { allowlist: [] })
 */
export function scanForSecrets(files: readonly ScannedFile[], options: ScanForSecretsOptions): Finding[] {
  const findings: Finding[] = [];
  for (const file of files) {
    if (options.allowlist.some((glob) => globMatch(file.path, glob)) || isCompressedMedia(file.bytes)) continue;
    findings.push(...scanText(file.path, decodeForScan(file.bytes)));
  }
  return findings;
}

function scanText(path: string, text: string): Finding[] {
  const views = lineViews(text);
  const found: Finding[] = [];
  const add = (finding: Finding): void => {
    if (!found.some((f) => f.line === finding.line && f.rule === finding.rule && f.reason === finding.reason))
      found.push(finding);
  };

  for (const block of findKeyBlocks(views)) add({ path, line: block.line, rule: 'private-key', reason: block.reason });

  const secretsByLine = new Map<number, string[]>();
  for (const view of views) {
    const seen = secretsByLine.get(view.line) ?? [];
    secretsByLine.set(view.line, seen);
    for (const { rule, secret } of matchTokens(view.text)) {
      if (seen.some((s) => s.includes(secret) || secret.includes(s))) continue;
      seen.push(secret);
      add({
        path,
        line: view.line,
        rule: rule.rule,
        reason: `${rule.label} ${maskSecret(secret, rule.visiblePrefix)}`,
      });
    }
  }

  for (const { line, field } of findSecretItemValues(text)) {
    add({
      path,
      line,
      rule: 'secret-item-value',
      reason: `\`${field}\` holds a value on a secret item; secrets are references (store and ref), never values`,
    });
  }

  for (const view of views) {
    if (found.some((f) => f.line === view.line)) continue;
    const assignment = matchSecretAssignment(view.text);
    if (assignment) {
      add({
        path,
        line: view.line,
        rule: 'secret-assignment',
        reason: `secret value under secret-like key \`${assignment.key}\` ${maskSecret(assignment.value, 0)}`,
      });
    }
  }
  return found.sort((a, b) => a.line - b.line);
}
