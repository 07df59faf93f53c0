import type { GitFs } from '../git/GitFs';
import { joinPath } from '../git/GitFs';
import { resolveRefOrNull } from '../git/refs';

/** The commit HEAD points at, or `null` when there is no repository or no commit yet. */
export async function headCommit(fs: GitFs, dir: string): Promise<string | null> {
  try {
    return await resolveRefOrNull({ fs, dir, gitdir: joinPath(dir, '.git'), cache: {} }, 'HEAD');
  } catch {
    return null;
  }
}
