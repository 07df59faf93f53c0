import type { Finding } from '../core/guard/Finding';
import { scanForSecrets } from '../core/guard/scanForSecrets';
import type { GitFs } from '../git/GitFs';
import { joinPath, readBytesOrNull } from '../git/GitFs';
import { isUtf8Text } from '../git/remote/unmergeablePaths';

/**
 * Runs the secret guard over the text files among `paths` (vault-relative, under `dir`); missing
 * and binary files are skipped. Returns the texts read too, so callers need not read them again.
 */
export async function scanPathsForSecrets(
  fs: GitFs,
  dir: string,
  paths: readonly string[],
  allowlist: readonly string[],
): Promise<{ findings: Finding[]; texts: Map<string, string | null> }> {
  const texts = new Map<string, string | null>();
  for (const path of paths) texts.set(path, await readText(fs, joinPath(dir, path)));
  const files = [...texts].flatMap(([path, text]) => (text === null ? [] : [{ path, text }]));
  return { findings: scanForSecrets(files, { allowlist: [...allowlist] }), texts };
}

/** A file's text, or `null` when it is missing, a folder, or not UTF-8 text (images, PDFs). */
async function readText(fs: GitFs, path: string): Promise<string | null> {
  let bytes: Uint8Array | null;
  try {
    bytes = await readBytesOrNull(fs, path);
  } catch (err) {
    if ((err as { code?: string }).code === 'EISDIR') return null;
    throw err;
  }
  return bytes !== null && isUtf8Text(bytes) ? new TextDecoder().decode(bytes) : null;
}
