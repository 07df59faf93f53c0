import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Where approved files live: tests/approvals/approved/. */
export const APPROVED_DIR = join(__dirname, '..', 'approvals', 'approved');

/** A line diff of two texts: unchanged lines with two spaces, removed with `-`, added with `+` (longest common subsequence). */
export function lineDiff(approved: string, received: string): string {
  const a = approved.split('\n');
  const b = received.split('\n');
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      out.push(`  ${a[i++]}`);
      j++;
    } else if (i < a.length && (j === b.length || lcs[i + 1][j] >= lcs[i][j + 1])) out.push(`- ${a[i++]}`);
    else out.push(`+ ${b[j++]}`);
  }
  return out.join('\n');
}

/** Only the changed lines of a diff, with up to two lines of context around each change. */
function changesOnly(diff: string): string {
  const lines = diff.split('\n');
  const keep = lines.map((line, i) => lines.slice(Math.max(0, i - 2), i + 3).some((l) => !l.startsWith('  ')));
  return lines
    .map((line, i) => (keep[i] ? line : keep[i - 1] ? '  …' : null))
    .filter((l) => l !== null)
    .join('\n');
}

/**
 * Compares what people read with its reviewed version, `<name>.approved.<ext>` in
 * tests/approvals/approved/. On a mismatch (or a missing approved file) it writes
 * `<name>.received.<ext>` beside it and throws with a diff; with `UPDATE_APPROVALS=1` it rewrites the
 * approved file instead (`npm run approve`), for a person to review with `git diff`.
 * @example verifyApproved('cli/check', run.out) // tests/approvals/approved/cli/check.approved.txt
 */
export function verifyApproved(
  name: string,
  actual: string,
  ext = 'txt',
  env: Record<string, string | undefined> = process.env,
  dir = APPROVED_DIR,
): void {
  const approvedPath = join(dir, `${name}.approved.${ext}`);
  const receivedPath = join(dir, `${name}.received.${ext}`);
  const text = actual.endsWith('\n') ? actual : `${actual}\n`;
  if (env.UPDATE_APPROVALS === '1') {
    mkdirSync(dirname(approvedPath), { recursive: true });
    writeFileSync(approvedPath, text);
    rmSync(receivedPath, { force: true });
    return;
  }
  const approved = existsSync(approvedPath) ? readFileSync(approvedPath, 'utf8') : null;
  if (approved === text) {
    rmSync(receivedPath, { force: true });
    return;
  }
  mkdirSync(dirname(receivedPath), { recursive: true });
  writeFileSync(receivedPath, text);
  const why =
    approved === null
      ? `no approved file ${approvedPath} yet`
      : `${name} differs from ${approvedPath}:\n${changesOnly(lineDiff(approved, text))}`;
  throw new Error(
    `${why}\n\nWrote ${receivedPath}. Review it; if it is right, accept it with \`npm run approve\` (UPDATE_APPROVALS=1) and commit the approved file.`,
  );
}
