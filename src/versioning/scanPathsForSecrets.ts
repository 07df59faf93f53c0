import type { Finding, ScannedFile } from '../core/guard/Finding';
import { globMatch } from '../core/guard/globMatch';
import { scanForSecrets } from '../core/guard/scanForSecrets';
import type { GitFs } from '../git/GitFs';
import { joinPath } from '../git/GitFs';
import { readWorktreeEntry } from '../git/worktreeEntry';
import { isUtf8Text } from '../git/remote/unmergeablePaths';

/**
 * Runs the secret guard over the text files among `paths` (vault-relative, under `dir`); missing
 * and binary files are skipped, and allowlisted files are not even read.
 */
export async function scanPathsForSecrets(fs: GitFs, dir: string, paths: readonly string[], allowlist: readonly string[]): Promise<Finding[]> {
  const files: ScannedFile[] = [];
  for (const path of paths) {
    if (allowlist.some((glob) => globMatch(path, glob))) continue;
    const text = await readText(fs, joinPath(dir, path));
    if (text !== null) files.push({ path, text });
  }
  return scanForSecrets(files, { allowlist: [...allowlist] });
}

/**
 * A file's text as git would commit it — a symbolic link's own link text, never what it points at
 * (`/dev/zero` never ends) — or `null` when it is missing, a folder, a FIFO or device (git skips
 * those), or not UTF-8 text (images, PDFs).
 */
async function readText(fs: GitFs, path: string): Promise<string | null> {
  const entry = await readWorktreeEntry(fs, path);
  const bytes = entry !== null && (entry.kind === 'file' || entry.kind === 'symlink') ? entry.bytes : null;
  return bytes !== null && isUtf8Text(bytes) ? new TextDecoder().decode(bytes) : null;
}
