import * as git from 'isomorphic-git';
import type { GitFs } from '../git/GitFs';
import { joinPath } from '../git/GitFs';

/** The commit HEAD points at, or `null` when there is no repository or no commit yet. */
export async function headCommit(fs: GitFs, dir: string): Promise<string | null> {
  try {
    return await git.resolveRef({ fs, dir, gitdir: joinPath(dir, '.git'), ref: 'HEAD' });
  } catch {
    return null;
  }
}
