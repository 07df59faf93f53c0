import { isKind, type Item } from '../../core/model/Item';
import {
  TIME_GROUPINGS,
  formatMinutes,
  intervalMinutes,
  planTimerStart,
  runningInterval,
  runningTimers,
  stopTimer,
  timeReport,
  timedItem,
  type TimeGrouping,
  type TimedItem,
} from '../../core/time';
import { CliError } from '../CliError';
import { isDateString, resolveMoment } from '../clock';
import { editNote } from '../vault/editNote';
import type { LoadedVault } from '../vault/loadVault';
import { itemNamed } from '../vault/itemNamed';
import { configDirFlag, vaultSettings } from '../vault/vaultSettings';
import { formatTable, oneLine } from '../table';
import type { Command, CommandContext } from './Command';
import { CACHE_FLAGS, CLOCK_FLAGS, HELP_FLAG } from './commonFlags';
import { openVault } from './vaultArgs';

const HINT = 'run `vault-stack time --help` for usage';
const ACTIONS = ['start', 'stop', 'status', 'report'] as const;

const dateFlag = (what: string) => ({
  type: 'string' as const,
  placeholder: 'YYYY-MM-DD',
  description: `report: ${what}`,
  validate: (v: string) => (isDateString(v) ? null : `"${v}" is not a date (expected YYYY-MM-DD)`),
});

/** `vault-stack time start ITEM [vault]`, `time stop [vault] [--item ITEM]`, `time status [vault]`, `time report [vault]`. */
export const timeCommand: Command = {
  name: 'time',
  summary: 'start and stop timers on tasks and habits, show the running ones, and report time spent',
  details: [
    "time start ITEM [vault]   appends START/.. to the item's `time` list (a task or habit), so a restart never loses it;",
    '  a timer running elsewhere is stopped first (said so), unless the concurrentTimers setting or --concurrent allows more.',
    'time stop [vault]         closes the running timer(s) with the time now (--item ITEM: only that one).',
    'time status [vault]       lists running timers with their elapsed time.',
    'time report [vault]       sums time by item, project, tag or week over --from/--to (days, inclusive; a running timer counts',
    '  up to now; an item with two tags counts in both tag rows).',
    'Times are local (YYYY-MM-DDTHH:mm). Exit codes: 0 done, 1 a timer action was refused, 2 usage or I/O error.',
  ].join('\n'),
  spec: {
    positionals: ['action', 'item|vault', 'vault'],
    flags: {
      item: { type: 'string', placeholder: 'ITEM', description: 'stop: only the timer on ITEM' },
      concurrent: { type: 'boolean', description: 'start: leave other running timers running' },
      by: {
        type: 'string',
        placeholder: TIME_GROUPINGS.join('|'),
        description: 'report: how to group (default item)',
        validate: (v) =>
          (TIME_GROUPINGS as readonly string[]).includes(v)
            ? null
            : `"${v}" is not a grouping (expected ${TIME_GROUPINGS.join(', ')})`,
      },
      from: dateFlag('the first day counted'),
      to: dateFlag('the last day counted'),
      json: { type: 'boolean', description: 'print JSON instead of text' },
      ...configDirFlag,
      ...CLOCK_FLAGS,
      ...CACHE_FLAGS,
      ...HELP_FLAG,
    },
  },
  run(ctx) {
    const [action, first, second] = ctx.args.positionals;
    if (!(ACTIONS as readonly (string | undefined)[]).includes(action))
      throw new CliError(
        'USAGE',
        action === undefined
          ? `time needs an action: ${ACTIONS.join(', ')}`
          : `unknown time action "${action}" (expected ${ACTIONS.join(', ')})`,
        HINT,
      );
    if (action === 'start') {
      if (first === undefined) throw new CliError('USAGE', 'time start needs the task or habit to time', HINT);
      return start(ctx, first, openVault(ctx, second ?? '.'));
    }
    if (second !== undefined)
      throw new CliError('USAGE', `unexpected argument "${second}" for \`time ${action}\``, HINT);
    const vault = openVault(ctx, first ?? '.');
    if (action === 'stop') return stop(ctx, vault);
    if (action === 'status') return status(ctx, vault);
    return report(ctx, vault);
  },
};

function moment(ctx: CommandContext): { today: string; now: string } {
  return resolveMoment(ctx.args.flags, () => ctx.io.now());
}

/** The task or habit named on the command line. */
function timedNamed(vault: LoadedVault, name: string): TimedItem {
  const item = itemNamed(vault, name, 'time');
  const timed = timedItem(item);
  if (timed === null)
    throw new CliError('USAGE', `${item.path} is a ${item.kind}: only tasks and habits have timers`, HINT);
  return timed;
}

function start(ctx: CommandContext, name: string, vault: LoadedVault): number {
  const target = timedNamed(vault, name);
  const concurrent = ctx.args.flags.concurrent === true || vaultSettings(vault.root, ctx.args.flags).concurrentTimers;
  const { now } = moment(ctx);
  const plan = planTimerStart(target, runningTimers(vault.index), now, { concurrent });
  if (!plan.ok) {
    ctx.io.stderr(`${target.path}: not started: ${plan.field}: ${plan.message}\n`);
    return 1;
  }
  if (plan.notes.length === 0) ctx.io.stdout(`${target.path}: ${plan.summary}\n`);
  for (const note of plan.notes) {
    editNote(vault.root, note.path, note.edits);
    const why = note.path === target.path ? '' : ` (one timer at a time: ${target.title} started)`;
    ctx.io.stdout(`${note.path}: ${note.summary}${why}\n`);
  }
  return 0;
}

function stop(ctx: CommandContext, vault: LoadedVault): number {
  const { now } = moment(ctx);
  const only = typeof ctx.args.flags.item === 'string' ? timedNamed(vault, ctx.args.flags.item) : undefined;
  const running = only === undefined ? runningTimers(vault.index) : [only];
  if (running.every((t) => runningInterval(t) === undefined)) {
    ctx.io.stdout(only === undefined ? 'no timer running\n' : `${only.path}: no timer running\n`);
    return 0;
  }
  let code = 0;
  for (const timed of running) {
    const plan = stopTimer(timed, now);
    if (!plan.ok) {
      ctx.io.stderr(`${timed.path}: not stopped: ${plan.field}: ${plan.message}\n`);
      code = 1;
      continue;
    }
    if (plan.edits.length > 0) editNote(vault.root, timed.path, plan.edits);
    ctx.io.stdout(`${timed.path}: ${plan.summary}\n`);
  }
  return code;
}

function status(ctx: CommandContext, vault: LoadedVault): number {
  const { now } = moment(ctx);
  const rows = runningTimers(vault.index).flatMap((t) => {
    const interval = runningInterval(t);
    return interval === undefined
      ? []
      : [{ path: t.path, title: t.title, since: interval.start, minutes: intervalMinutes(interval, now) }];
  });
  if (ctx.args.flags.json === true) {
    ctx.io.stdout(JSON.stringify({ now, running: rows }, null, 2) + '\n');
    return 0;
  }
  if (rows.length === 0) {
    ctx.io.stdout('no timer running\n');
    return 0;
  }
  ctx.io.stdout(
    formatTable(
      ['ITEM', 'SINCE', 'ELAPSED', 'PATH'],
      rows.map((r) => [oneLine(r.title), r.since, formatMinutes(r.minutes), oneLine(r.path)]),
    ),
  );
  return 0;
}

function report(ctx: CommandContext, vault: LoadedVault): number {
  const flags = ctx.args.flags;
  const from = typeof flags.from === 'string' ? flags.from : undefined;
  const to = typeof flags.to === 'string' ? flags.to : undefined;
  if (from !== undefined && to !== undefined && from > to)
    throw new CliError('USAGE', `--from ${from} is after --to ${to}`, HINT);
  const by = (typeof flags.by === 'string' ? flags.by : 'item') as TimeGrouping;
  const { now } = moment(ctx);
  const items: Item[] = vault.index.items().filter((i) => isKind(i, 'task') || isKind(i, 'habit'));
  const result = timeReport(items, {
    by,
    now,
    ...(from === undefined ? {} : { from }),
    ...(to === undefined ? {} : { to }),
  });
  if (flags.json === true) {
    ctx.io.stdout(JSON.stringify({ now, ...result }, null, 2) + '\n');
    return 0;
  }
  const header = [by.toUpperCase(), 'TIME', 'MINUTES', 'INTERVALS'];
  const rows = result.rows.map((r) => [
    oneLine(r.label),
    formatMinutes(r.minutes),
    String(r.minutes),
    String(r.intervals),
  ]);
  rows.push(['total', formatMinutes(result.totalMinutes), String(result.totalMinutes), '']);
  ctx.io.stdout(formatTable(header, rows));
  return 0;
}
