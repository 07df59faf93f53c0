import type { Finding } from '../core/guard/Finding';
import { globMatch } from '../core/guard/globMatch';
import { scanForSecrets } from '../core/guard/scanForSecrets';
import type { GitFs } from '../git/GitFs';
import { joinPath } from '../git/GitFs';
import { readWorktreeEntry } from '../git/worktreeEntry';

/**
 * Runs the secret guard over the files among `paths` (vault-relative, under `dir`), whatever their
 * encoding; missing files, folders and what git skips are skipped, and allowlisted files are not even read.
 */
export async function scanPathsForSecrets(
  fs: GitFs,
  dir: string,
  paths: readonly string[],
  allowlist: readonly string[],
): Promise<Finding[]> {
  const options = { allowlist: [...allowlist] };
  const findings: Finding[] = [];
  // Each file is scanned as soon as it is read: holding a whole vault's bytes (200 MB at 50,000
  // notes) until the end cost `init` 0.6 s of garbage collection, and as much memory.
  for (const path of paths) {
    if (allowlist.some((glob) => globMatch(path, glob))) continue;
    const bytes = await readBytes(fs, joinPath(dir, path));
    if (bytes !== null) findings.push(...scanForSecrets([{ path, bytes }], options));
  }
  return findings;
}

/**
 * A file's bytes as git would commit them — a symbolic link's own link text, never what it points at
 * (`/dev/zero` never ends) — or `null` when it is missing, a folder, a FIFO or a device (git skips those).
 */
async function readBytes(fs: GitFs, path: string): Promise<Uint8Array | null> {
  const entry = await readWorktreeEntry(fs, path);
  return entry !== null && (entry.kind === 'file' || entry.kind === 'symlink') ? entry.bytes : null;
}
