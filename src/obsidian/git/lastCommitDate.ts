import git from 'isomorphic-git';
import type { GitFs } from '../../git/GitFs';
import { joinPath } from '../../git/GitFs';
import { headCommit } from '../../versioning/headCommit';

/** When HEAD's commit was made, or `null` before the first commit. */
export async function lastCommitDate(fs: GitFs, dir: string): Promise<Date | null> {
  const oid = await headCommit(fs, dir);
  if (oid === null) return null;
  const { commit } = await git.readCommit({ fs, dir, gitdir: joinPath(dir, '.git'), oid });
  return new Date(commit.committer.timestamp * 1000);
}
