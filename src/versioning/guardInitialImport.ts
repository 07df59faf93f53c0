import git from 'isomorphic-git';
import type { Finding } from '../core/guard/Finding';
import type { GitFs } from '../git/GitFs';
import { joinPath } from '../git/GitFs';
import { ensureGitignore } from '../git/gitignore';
import type { GitRepo } from '../git/GitRepo';
import { scanPathsForSecrets } from './scanPathsForSecrets';

/**
 * The secret guard over what a first commit would import: writes the vault's `.gitignore` first
 * (as `init` would), scans the working tree's files, and keeps findings only in files the commit
 * will hold. Ignore rules are checked for the files with findings alone (one lookup costs about a
 * millisecond; a vault has thousands of files and almost never a finding).
 */
export async function guardInitialImport(repo: GitRepo, fs: GitFs, dir: string, configDir: string, allowlist: readonly string[]): Promise<Finding[]> {
  await ensureGitignore(fs, dir, configDir);
  const paths = (await repo.listFiles()).map((f) => f.path);
  const findings = await scanPathsForSecrets(fs, dir, paths, allowlist);
  const ignored = new Map<string, boolean>();
  const out: Finding[] = [];
  for (const finding of findings) {
    if (!ignored.has(finding.path)) ignored.set(finding.path, await git.isIgnored({ fs, dir, gitdir: joinPath(dir, '.git'), filepath: finding.path }));
    if (ignored.get(finding.path) !== true) out.push(finding);
  }
  return out;
}
