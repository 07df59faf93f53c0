import type { Finding, ScannedFile } from '../core/guard/Finding';
import { globMatch } from '../core/guard/globMatch';
import { scanForSecrets } from '../core/guard/scanForSecrets';
import type { GitFs } from '../git/GitFs';
import { joinPath, readBytesOrNull } from '../git/GitFs';

/**
 * Runs the secret guard over the files among `paths` (vault-relative, under `dir`), whatever their
 * encoding; missing files and folders are skipped, and allowlisted files are not even read.
 */
export async function scanPathsForSecrets(fs: GitFs, dir: string, paths: readonly string[], allowlist: readonly string[]): Promise<Finding[]> {
  const files: ScannedFile[] = [];
  for (const path of paths) {
    if (allowlist.some((glob) => globMatch(path, glob))) continue;
    const bytes = await readBytes(fs, joinPath(dir, path));
    if (bytes !== null) files.push({ path, bytes });
  }
  return scanForSecrets(files, { allowlist: [...allowlist] });
}

/** A file's bytes, or `null` when it is missing or a folder. */
async function readBytes(fs: GitFs, path: string): Promise<Uint8Array | null> {
  try {
    return await readBytesOrNull(fs, path);
  } catch (err) {
    if ((err as { code?: string }).code === 'EISDIR') return null;
    throw err;
  }
}
