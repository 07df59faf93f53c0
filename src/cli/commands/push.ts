import { push } from '../../git/remote/push';
import { openCliRepo, requireRepository } from '../git/CliRepo';
import { cliRemoteOptions, REMOTE_FLAGS } from '../git/cliRemote';
import { reportGitFailure } from '../git/gitFailure';
import type { Command } from './Command';
import { HELP_FLAG } from './commonFlags';

/** `vault-stack push [vault] [--remote URL]`: pushes the current branch to origin, never forcing. */
export const pushCommand: Command = {
  name: 'push',
  summary: 'push the vault to its remote (token from VAULT_STACK_GIT_TOKEN)',
  details: 'The token comes from VAULT_STACK_GIT_TOKEN and the user from VAULT_STACK_GIT_USER; neither is written anywhere.\nExit codes: 0 pushed, 1 rejected (pull first), 2 usage, I/O, network or authentication error.',
  spec: { positionals: ['vault'], flags: { ...REMOTE_FLAGS, ...HELP_FLAG } },
  async run(ctx) {
    const cli = openCliRepo(ctx.io, ctx.args.positionals[0] ?? '.');
    try {
      await requireRepository(cli);
      const result = await push(await cliRemoteOptions(cli, ctx.io, ctx.args.flags.remote));
      if (ctx.args.flags.json === true) ctx.io.stdout(JSON.stringify(result) + '\n');
      else if (result.status === 'pushed') ctx.io.stdout(`pushed ${result.branch} [${result.oid.slice(0, 7)}]\n`);
      else ctx.io.stderr(`push rejected: ${result.message}\n`);
      return result.status === 'pushed' ? 0 : 1;
    } catch (error) {
      return reportGitFailure(ctx.io, 'push', error);
    }
  },
};
