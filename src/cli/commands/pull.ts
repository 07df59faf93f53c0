import type { PullResult } from '../../git/remote/pull';
import { openCliRepo, requireRepository } from '../git/CliRepo';
import { cliRemoteCall, REMOTE_FLAGS } from '../git/cliRemote';
import { reportGitFailure } from '../git/gitFailure';
import { gitProgress } from '../git/gitProgress';
import type { Command } from './Command';
import { HELP_FLAG } from './commonFlags';
import { plural } from './vaultArgs';

/** `vault-stack pull [vault] [--remote URL]`: fetches and fast-forwards or merges; a conflict changes nothing and lists the notes. */
export const pullCommand: Command = {
  name: 'pull',
  summary: 'pull from the remote: fast-forward or merge; conflicts change nothing',
  details:
    'The remote must be an http:// or https:// URL. Merge commits are signed like commits (GIT_AUTHOR_NAME, then user.name in git config). The token comes from VAULT_STACK_GIT_TOKEN and the user from VAULT_STACK_GIT_USER.\nExit codes: 0 updated or up to date, 1 nothing changed because of conflicts, uncommitted changes or unrelated histories, 2 usage, I/O, network or authentication error.',
  spec: { positionals: ['vault'], flags: { ...REMOTE_FLAGS, ...HELP_FLAG } },
  async run(ctx) {
    const cli = openCliRepo(ctx.io, ctx.args.positionals[0] ?? '.');
    const progress = gitProgress(ctx.io, 'pull');
    try {
      await requireRepository(cli);
      progress.report({ phase: 'contacting the remote', loaded: 0, total: 0 });
      const result = await cli.repo
        .pull(cliRemoteCall(ctx.io, ctx.args.flags.remote, progress))
        .finally(() => progress.finish());
      if (ctx.args.flags.json === true) ctx.io.stdout(JSON.stringify(result) + '\n');
      else
        describe(
          result,
          (line) => ctx.io.stdout(line + '\n'),
          (line) => ctx.io.stderr(line + '\n'),
        );
      return pullExitCode(result);
    } catch (error) {
      return reportGitFailure(ctx.io, 'pull', error);
    }
  },
};

/** 0 when the vault is up to date with the remote afterwards, 1 when the pull stopped and changed nothing. */
export function pullExitCode(result: PullResult): number {
  return result.status === 'up-to-date' ||
    result.status === 'fast-forward' ||
    result.status === 'merged' ||
    result.status === 'remote-branch-missing'
    ? 0
    : 1;
}

function describe(result: PullResult, out: (line: string) => void, err: (line: string) => void): void {
  switch (result.status) {
    case 'up-to-date':
      out(result.ahead ? 'up to date (local commits not pushed yet)' : 'up to date');
      return;
    case 'remote-branch-missing':
      out(`the remote has no ${result.branch} branch yet: push first`);
      return;
    case 'fast-forward':
    case 'merged':
      out(
        `${result.status === 'merged' ? 'merged' : 'fast-forwarded'}: ${plural(result.changed.length, 'file')} updated`,
      );
      for (const path of result.changed) out(`  ${path}`);
      return;
    case 'conflict':
      err(
        `pull stopped: ${plural(result.conflicts.length, 'note')} changed on both sides; nothing was changed locally`,
      );
      for (const path of result.conflicts) err(`  ${path}`);
      err(
        'to resolve: merge with git itself (`git pull` in the vault), fix the conflict markers in these notes, `git commit`, then push',
      );
      return;
    case 'uncommitted-changes':
      err(
        'pull stopped: commit these first with `vault-stack commit` (the remote changed them too), then pull again; nothing was changed',
      );
      for (const path of result.paths) err(`  ${path}`);
      return;
    case 'unrelated-histories':
      err('pull stopped: the remote and this vault share no history; nothing was changed');
      err(
        'to resolve: clone the remote into a new folder and open that as the vault, or push this vault to an empty remote',
      );
      return;
  }
}
