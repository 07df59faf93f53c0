import { recordBackupRun } from '../../core/actions/recordBackupRun';
import type { Item, KindData } from '../../core/model/Item';
import { pingHealthcheck } from '../backup/pingHealthcheck';
import { runBackup } from '../backup/runBackup';
import { CliError } from '../CliError';
import { localMoment } from '../clock';
import type { CliIo } from '../io';
import { editNote } from '../vault/editNote';
import type { LoadedVault } from '../vault/loadVault';
import { itemNamed } from '../vault/itemNamed';
import type { Command, CommandContext } from './Command';
import { CACHE_FLAGS, HELP_FLAG } from './commonFlags';
import { openVault } from './vaultArgs';

const HINT = 'run `vault-stack backup --help` for usage';

/** `vault-stack backup run <job> [vault] -- <command...>` and `backup record <job> --result ok|failed [--at T] [vault]`. */
export const backupCommand: Command = {
  name: 'backup',
  summary:
    "run a backup command and record the run in the job's note (backup run), or record a run made elsewhere (backup record)",
  details: [
    'backup run JOB [vault] -- COMMAND...  runs COMMAND with RESTIC_PASSWORD_COMMAND or BORG_PASSCOMMAND set from the',
    "  secret the job's `password` links to (the value never passes through vault-stack), reads restic's --json summary or",
    "  borg's --json output when present (otherwise the exit status), and records last-run (the start) and last-result.",
    "  A job's `ping` URL gets /start before, then the plain URL on success or /fail on failure, with a summary as the body.",
    'backup record JOB --result ok|failed [--at T] [vault]  records a run made elsewhere (default: now).',
    'A run older than the one recorded is refused. restic exit 3 and borg exit 1 (warnings) are recorded ok and exit 1.',
    'Exit codes: 0 recorded ok, 1 the run failed, finished with warnings or was refused, 2 usage or I/O error.',
  ].join('\n'),
  spec: {
    positionals: ['action', 'job', 'vault'],
    rest: 'command...',
    flags: {
      result: {
        type: 'string',
        placeholder: 'ok|failed',
        description: 'record: how the run went',
        validate: (v) => (v === 'ok' || v === 'failed' ? null : `"${v}" is not a result (expected ok or failed)`),
      },
      at: {
        type: 'string',
        placeholder: 'DATETIME',
        description: 'record: when it ran (YYYY-MM-DDTHH:mm; default now)',
      },
      'no-ping': { type: 'boolean', description: "run: do not ping the job's `ping` URL" },
      ...CACHE_FLAGS,
      ...HELP_FLAG,
    },
  },
  async run(ctx) {
    const [action, jobName, vault] = ctx.args.positionals;
    if (action !== 'run' && action !== 'record')
      throw new CliError(
        'USAGE',
        action === undefined
          ? 'backup needs an action: run or record'
          : `unknown backup action "${action}" (expected run or record)`,
        HINT,
      );
    if (jobName === undefined) throw new CliError('USAGE', `backup ${action} needs the job's note`, HINT);
    const command = ctx.args.rest ?? [];
    if (action === 'run' && command.length === 0)
      throw new CliError(
        'USAGE',
        'backup run needs the backup command after --',
        'for example: vault-stack backup run "NAS nightly" -- restic backup --json /srv',
      );
    if (action === 'record' && command.length > 0)
      throw new CliError('USAGE', 'backup record takes no command (did you mean backup run?)', HINT);
    if (action === 'record' && typeof ctx.args.flags.result !== 'string')
      throw new CliError('USAGE', 'backup record needs --result ok or --result failed', HINT);
    if (action === 'run' && (ctx.args.flags.result !== undefined || ctx.args.flags.at !== undefined))
      throw new CliError(
        'USAGE',
        'backup run records the result and time itself: --result and --at are for backup record',
        HINT,
      );
    const loaded = openVault(ctx, vault ?? '.');
    const job = backupJob(loaded, jobName);
    if (action === 'record') {
      const at = typeof ctx.args.flags.at === 'string' ? ctx.args.flags.at : undefined;
      const result = ctx.args.flags.result === 'ok' ? 'ok' : 'failed';
      return record(ctx, loaded, job, { at, result }, '');
    }
    const data = job.data as KindData['backup'];
    const ping = ctx.args.flags['no-ping'] === true ? undefined : data.ping;
    const started = localMoment(ctx.io.now()).now;
    if (ping) await pingHealthcheck(ctx.io, ping, 'start', `backup run started ${started}`);
    const outcome = await runBackup(ctx.io, loaded.index, job, command);
    // Read the note again: it may have changed during a long run.
    const reloaded = openVault(ctx, vault ?? '.');
    const after = backupJob(reloaded, jobName);
    const code = record(ctx, reloaded, after, { at: started, result: outcome.result }, `: ${outcome.summary}`);
    if (ping) await pingHealthcheck(ctx.io, ping, outcome.result === 'ok' ? 'success' : 'fail', outcome.summary);
    return code === 0 && (outcome.result === 'failed' || outcome.warning) ? 1 : code;
  },
};

/** The backup job named on the command line, or a usage error saying what it is instead. */
function backupJob(loaded: LoadedVault, name: string): Item {
  const item = itemNamed(loaded, name, 'backup');
  if (item.kind !== 'backup')
    throw new CliError('USAGE', `${item.path} is a ${item.kind}, not a backup job`, 'name a note with `stack: backup`');
  return item;
}

/** Records a run in the job's note; prints what was recorded. Exit 0, or 1 when refused. */
function record(
  ctx: CommandContext,
  loaded: LoadedVault,
  job: Item,
  run: { at?: string; result: 'ok' | 'failed' },
  said: string,
): number {
  const plan = recordBackupRun(job.data as KindData['backup'], run, localMoment(ctx.io.now()).now);
  if (!plan.ok) return refused(ctx.io, job.path, `${plan.field}: ${plan.message}${said}`);
  const changed = plan.edits.length > 0 && editNote(loaded.root, job.path, plan.edits);
  ctx.io.stdout(
    `${job.path}: ${plan.summary}${changed || plan.edits.length === 0 ? '' : ' (the note already said so)'}${said}\n`,
  );
  return 0;
}

function refused(io: CliIo, path: string, message: string): number {
  io.stderr(`${path}: not recorded: ${message}\n`);
  return 1;
}
