import git from 'isomorphic-git';
import type { GitFs } from '../git/GitFs';
import { joinPath } from '../git/GitFs';
import { ensureGitignore } from '../git/gitignore';
import type { GitRepo } from '../git/GitRepo';

/**
 * The files a first commit would import: writes the vault's `.gitignore` first (as `init` would),
 * then lists the working tree without ignored files, so the guard reads exactly what gets committed.
 */
export async function importPaths(repo: GitRepo, fs: GitFs, dir: string, configDir: string): Promise<string[]> {
  await ensureGitignore(fs, dir, configDir);
  const files = await repo.listFiles();
  const out: string[] = [];
  for (const file of files) {
    if (!(await git.isIgnored({ fs, dir, gitdir: joinPath(dir, '.git'), filepath: file.path }))) out.push(file.path);
  }
  return out;
}
