import { openCliRepo, requireRepository } from '../git/CliRepo';
import { cliRemoteCall, REMOTE_FLAGS } from '../git/cliRemote';
import { reportGitFailure } from '../git/gitFailure';
import { gitProgress } from '../git/gitProgress';
import type { Command } from './Command';
import { HELP_FLAG } from './commonFlags';

/** `vault-stack push [vault] [--remote URL]`: pushes the current branch to origin, never forcing. */
export const pushCommand: Command = {
  name: 'push',
  summary: 'push the vault to its remote (token from VAULT_STACK_GIT_TOKEN)',
  details:
    'The remote must be an http:// or https:// URL. The token comes from VAULT_STACK_GIT_TOKEN and the user from VAULT_STACK_GIT_USER; neither is written anywhere.\nExit codes: 0 pushed, 1 rejected (pull first), 2 usage, I/O, network or authentication error.',
  spec: { positionals: ['vault'], flags: { ...REMOTE_FLAGS, ...HELP_FLAG } },
  async run(ctx) {
    const cli = openCliRepo(ctx.io, ctx.args.positionals[0] ?? '.');
    const progress = gitProgress(ctx.io, 'push');
    try {
      await requireRepository(cli);
      progress.report({ phase: 'contacting the remote', loaded: 0, total: 0 });
      const result = await cli.repo
        .push(cliRemoteCall(ctx.io, ctx.args.flags.remote, progress))
        .finally(() => progress.finish());
      if (ctx.args.flags.json === true) ctx.io.stdout(JSON.stringify(result) + '\n');
      else if (result.status === 'pushed') ctx.io.stdout(`pushed ${result.branch} [${result.oid.slice(0, 7)}]\n`);
      else ctx.io.stderr(`push rejected: ${result.message}\n`);
      return result.status === 'pushed' ? 0 : 1;
    } catch (error) {
      return reportGitFailure(ctx.io, 'push', error);
    }
  },
};
