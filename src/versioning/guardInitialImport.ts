import type { Finding } from '../core/guard/Finding';
import type { GitFs } from '../git/GitFs';
import { joinPath } from '../git/GitFs';
import { withPlannedGitignore } from '../git/gitignore';
import type { GitRepo } from '../git/GitRepo';
import { listWorkingFiles } from '../git/listWorkingFiles';
import { isIgnoredPath } from '../git/worktree';
import { scanPathsForSecrets } from './scanPathsForSecrets';

/**
 * The secret guard over what a first commit would import, changing nothing: the files are listed
 * and checked against ignore rules as if `.gitignore` already held the rules `init` adds (a
 * refused init must not touch `.gitignore`), and findings are kept only in files the commit will
 * hold. Ignore rules are checked for the files with findings alone (one lookup costs about a
 * millisecond; a vault has thousands of files and almost never a finding). `excludesFile` is git's
 * global excludes file (the CLI's; see `RepoContext.excludesFile`): a file it ignores is not imported.
 */
export async function guardInitialImport(
  repo: GitRepo,
  fs: GitFs,
  dir: string,
  configDir: string,
  allowlist: readonly string[],
  excludesFile?: () => string | null,
): Promise<Finding[]> {
  const gitdir = joinPath(dir, '.git');
  return repo.queue.run(async () => {
    const planned = await withPlannedGitignore(fs, dir, configDir);
    const ctx = { fs: planned, dir, gitdir, cache: {}, excludesFile };
    const { paths } = await listWorkingFiles(ctx);
    const findings = await scanPathsForSecrets(fs, dir, paths, allowlist);
    const ignored = new Map<string, boolean>();
    const out: Finding[] = [];
    for (const finding of findings) {
      if (!ignored.has(finding.path)) ignored.set(finding.path, await isIgnoredPath(ctx, finding.path));
      if (ignored.get(finding.path) !== true) out.push(finding);
    }
    return out;
  });
}
