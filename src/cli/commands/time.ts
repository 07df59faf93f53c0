import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inlineItemPath, isKind, type Item } from '../../core/model/Item';
import { isRefusal } from '../../core/model/Refusal';
import {
  TIME_GROUPINGS,
  formatMinutes,
  intervalMinutes,
  planTimerStart,
  planTimerStop,
  runningInterval,
  runningTimers,
  timeReport,
  timedItem,
  type TimeGrouping,
  type TimedItem,
  type TimerNoteEdit,
} from '../../core/time';
import { CliError } from '../CliError';
import { isDateString, resolveMoment } from '../clock';
import { errnoCode } from '../errnoCode';
import { editNote } from '../vault/editNote';
import { writeFileAtomically } from '../vault/writeFileAtomically';
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
    '  an Obsidian Tasks inline task (ITEM: NOTE#L12, or its description) gets a `- ⏱ START/..` sub-item instead;',
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

/**
 * The task or habit named on the command line: a note (path or name), an inline task by its
 * identity `NOTE#L<line>` (the note by path or name), or an inline task by its description when no
 * note has that name and one inline task has it.
 */
function timedNamed(vault: LoadedVault, name: string): TimedItem {
  const item = inlineNamed(vault, name) ?? itemNamed(vault, name, 'time');
  const timed = timedItem(item);
  if (timed === null)
    throw new CliError('USAGE', `${item.path} is a ${item.kind}: only tasks and habits have timers`, HINT);
  return timed;
}

/** The inline task a name means (`NOTE#L12`, or a description no note name takes), or undefined to read it as a note. */
function inlineNamed(vault: LoadedVault, name: string): Item | undefined {
  const index = vault.index;
  const line = /^(.+)#L([0-9]+)$/.exec(name);
  if (line !== null) {
    const notePath = noteNamed(vault, line[1] ?? '');
    const item = notePath === null ? undefined : index.get(inlineItemPath(notePath, Number(line[2])));
    if (item !== undefined) return item;
    const here = notePath === null ? [] : index.inlineTasks(notePath).map((t) => t.path);
    throw new CliError(
      'USAGE',
      notePath === null
        ? `no note called "${line[1]}" in the vault`
        : `no Obsidian Tasks task on line ${line[2]} of ${notePath}`,
      here.length === 0 ? HINT : `its tasks: ${here.slice(0, 10).join(', ')}${here.length > 10 ? ', …' : ''}`,
    );
  }
  if (noteNamed(vault, name) !== null) return undefined;
  const wanted = name.trim();
  const matches = index.byKind('task').filter((t) => t.inline !== undefined && t.title === wanted);
  if (matches.length <= 1) return matches[0];
  throw new CliError(
    'USAGE',
    `${matches.length} inline tasks are called "${wanted}"`,
    `name one by its line: ${matches
      .slice(0, 10)
      .map((t) => t.path)
      .join(', ')}`,
  );
}

/** The path of the note a name means (as `itemNamed` reads it), or null. */
function noteNamed(vault: LoadedVault, name: string): string | null {
  const index = vault.index;
  const asPath = name.replace(/\\/g, '/').replace(/^\.\//, '');
  const onDisk = (p: string): boolean => index.hasNote(p) || (p.endsWith('.md') && existsSync(join(vault.root, p)));
  return [asPath, `${asPath}.md`].find(onDisk) ?? index.resolve(asPath.replace(/\.md$/i, ''));
}

/** Writes a timer plan's note: frontmatter edits, or an inline task's note rewritten (read fresh, written atomically). */
function applyTimerNote(
  vault: LoadedVault,
  note: TimerNoteEdit,
): { ok: true; summary: string } | { ok: false; message: string } {
  if (note.inline === undefined) {
    editNote(vault.root, note.path, note.edits);
    return { ok: true, summary: note.summary };
  }
  const file = join(vault.root, note.inline.note);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new CliError('IO', `cannot read ${file} (${errnoCode(error)})`);
  }
  const edit = note.inline.rewrite(text);
  if (isRefusal(edit)) return { ok: false, message: edit.message };
  if (edit.changed)
    try {
      writeFileAtomically(file, edit.text);
    } catch (error) {
      throw new CliError('IO', `cannot write ${file} (${errnoCode(error)})`);
    }
  return { ok: true, summary: edit.summary };
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
    const written = applyTimerNote(vault, note);
    if (!written.ok) {
      ctx.io.stderr(`${note.path}: not ${note.path === target.path ? 'started' : 'stopped'}: ${written.message}\n`);
      return 1;
    }
    const why = note.path === target.path ? '' : ` (one timer at a time: ${target.title} started)`;
    ctx.io.stdout(`${note.path}: ${written.summary}${why}\n`);
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
    const plan = planTimerStop(timed, now);
    if (!plan.ok) {
      ctx.io.stderr(`${timed.path}: not stopped: ${plan.field}: ${plan.message}\n`);
      code = 1;
      continue;
    }
    for (const note of plan.notes) {
      const written = applyTimerNote(vault, note);
      if (written.ok) ctx.io.stdout(`${timed.path}: ${written.summary}\n`);
      else {
        ctx.io.stderr(`${timed.path}: not stopped: ${written.message}\n`);
        code = 1;
      }
    }
    if (plan.notes.length === 0) ctx.io.stdout(`${timed.path}: ${plan.summary}\n`);
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
