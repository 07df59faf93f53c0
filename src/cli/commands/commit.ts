import { formatFinding } from '../../core/guard/Finding';
import { rememberIndexRead } from '../../git/indexUpdate';
import { refreshIndexStats } from '../../git/refreshIndexStats';
import { commitPaths } from '../../versioning/commitPaths';
import { CliError } from '../CliError';
import { commitLabel } from '../git/commitLabel';
import type { CliRepo } from '../git/CliRepo';
import { openCliRepo, requireRepository } from '../git/CliRepo';
import type { CliIo } from '../io';
import type { StatusScanResult } from '../../git/statusScan';
import { reportGitFailure } from '../git/gitFailure';
import { coveredBy, reportSkipped } from '../git/skippedEntries';
import type { SkippedEntry } from '../../git/worktreeEntry';
import type { Command } from './Command';
import { HELP_FLAG } from './commonFlags';
import { allowlistFlag } from './allowlistFlag';
import { plural } from './vaultArgs';

/**
 * `vault-stack commit [vault] [-m MSG]`: finds what changed since the last commit (comparing
 * file stats with `.git/index`, hashing only files whose stats differ), runs the secret guard, and
 * commits with a message in item terms.
 */
export const commitCommand: Command = {
  name: 'commit',
  summary: 'commit every change in the vault, with a message in item terms',
  details:
    'Exit codes: 0 committed or nothing to commit, 1 the secret guard blocked the commit (file:line: reason), 2 usage or I/O error.',
  spec: {
    positionals: ['vault'],
    flags: {
      message: {
        type: 'string',
        short: 'm',
        placeholder: 'MSG',
        description: 'the commit message (default: written from the changed items)',
      },
      json: { type: 'boolean', description: 'print JSON instead of text' },
      'guard-allow': {
        type: 'string',
        placeholder: 'GLOB',
        description: 'let the secret guard skip files matching GLOB (comma-separated)',
      },
      ...HELP_FLAG,
    },
  },
  async run(ctx) {
    const flags = ctx.args.flags;
    const message = typeof flags.message === 'string' ? flags.message : undefined;
    if (message !== undefined && message.trim() === '') throw new CliError('USAGE', 'the commit message is empty');
    const json = flags.json === true;
    const cli = openCliRepo(ctx.io, ctx.args.positionals[0] ?? '.');
    try {
      await requireRepository(cli);
      const skipped: SkippedEntry[] = [];
      const scan = await scanVault(cli, skipped, ctx.io);
      if (scan.conflicted.length > 0)
        ctx.io.stderr(`unresolved merge conflicts (left out): ${scan.conflicted.join(', ')}\n`);
      const paths = [...new Set([...scan.added, ...scan.modified, ...scan.deleted, ...scan.staged])].sort();
      const result = await commitPaths({
        repo: cli.repo,
        fs: cli.fs,
        dir: cli.dir,
        paths,
        allowlist: allowlistFlag(flags['guard-allow']),
        message,
      });
      if (result.status === 'blocked') {
        if (json) ctx.io.stdout(JSON.stringify({ status: 'blocked', findings: result.findings }, null, 2) + '\n');
        for (const f of result.findings) ctx.io.stderr(`${formatFinding(f)}\n`);
        ctx.io.stderr(`secret guard: ${plural(result.findings.length, 'finding')}; nothing was committed\n`);
        return 1;
      }
      if (result.status === 'nothing') {
        ctx.io.stdout(json ? JSON.stringify({ status: 'nothing', skipped }) + '\n' : 'nothing to commit\n');
        return 0;
      }
      if (json) {
        ctx.io.stdout(
          JSON.stringify(
            {
              status: 'committed',
              oid: result.oid,
              parent: result.parent,
              message: result.message.trimEnd(),
              changes: result.changes,
              skipped,
            },
            null,
            2,
          ) + '\n',
        );
      } else {
        ctx.io.stdout(`${commitLabel(result.oid, result.message)}\n`);
        ctx.io.stderr(`${plural(result.changes.length, 'file')} changed\n`);
      }
      return 0;
    } catch (error) {
      return reportGitFailure(ctx.io, 'commit', error);
    }
  },
};

/**
 * Lists the vault and finds what changed. A function of its own so that the file list (50,000
 * paths and stats at 50,000 notes) is garbage once it returns: a local of `run` stayed reachable
 * from the suspended command until it ended.
 */
async function scanVault(cli: CliRepo, skipped: SkippedEntry[], io: CliIo): Promise<StatusScanResult> {
  const files = await cli.repo.listFiles(skipped);
  reportSkipped(io, skipped);
  // Files hashed and found unchanged get fresh stat data in the index, as `git status` gives them;
  // the index as read is kept for the commit below, which then neither reads nor scans it again.
  return cli.repo.scan(files, {
    covers: coveredBy(skipped),
    refreshIndex: refreshIndexStats,
    indexRead: rememberIndexRead,
  });
}
