import type { ItemIndex } from '../index/ItemIndex';
import type { ItemOf, Recurrence } from '../model/Item';

/** Options of {@link exportSystemd}. */
export interface ExportSystemdOptions {
  /** The vault folder as the timer's machine sees it (absolute). */
  vault: string;
  /** How to start vault-stack: `['/usr/bin/env', 'vault-stack']` or an absolute path. */
  bin: readonly string[];
}

/** A systemd export: the unit files, and the jobs left out with the reason. */
export interface SystemdExport {
  files: { path: string; text: string }[];
  skipped: { path: string; reason: string }[];
}

/**
 * A `.service` and a `.timer` per backup job with a `command`: the timer fires on an `OnCalendar`
 * matching the job's `every` (`Persistent=true`, so a run missed while the machine was off happens
 * at the next boot), and the service runs `vault-stack backup run <job> <vault> -- <command>`, so
 * each run is recorded in the job's note. Jobs without a `command` are skipped, each with a reason.
 * @example exportSystemd(index, { vault: '/home/me/vault', bin: ['/usr/bin/env', 'vault-stack'] }).files[1].path // 'vault-stack-nas-nightly.timer'
 */
export function exportSystemd(index: ItemIndex, options: ExportSystemdOptions): SystemdExport {
  const files: SystemdExport['files'] = [];
  const skipped: SystemdExport['skipped'] = [];
  const taken = new Set<string>();
  for (const item of index.byKind('backup')) {
    if (item.data.type !== 'backup') continue;
    const job = item as ItemOf<'backup'>;
    const command = job.data.command;
    if (command === undefined) {
      skipped.push({ path: job.path, reason: 'no `command` to run (add one, such as [restic, backup, --json, /srv])' });
      continue;
    }
    const unit = uniqueName(`vault-stack-${slug(job.title)}`, taken);
    const run = [...options.bin, 'backup', 'run', job.path, options.vault, '--', ...command];
    files.push(
      { path: `${unit}.service`, text: serviceUnit(job.title, run) },
      { path: `${unit}.timer`, text: timerUnit(job.title, onCalendar(job.data.every)) },
    );
  }
  return { files, skipped };
}

function serviceUnit(title: string, run: readonly string[]): string {
  return [
    '[Unit]',
    `Description=${specifiers(`Vault Stack backup: ${oneLine(title)}`)}`,
    'Wants=network-online.target',
    'After=network-online.target',
    '',
    '[Service]',
    'Type=oneshot',
    `ExecStart=${run.map(execArgument).join(' ')}`,
    '',
  ].join('\n');
}

function timerUnit(title: string, calendar: string): string {
  return [
    '[Unit]',
    `Description=${specifiers(`Vault Stack backup timer: ${oneLine(title)}`)}`,
    '',
    '[Timer]',
    `OnCalendar=${calendar}`,
    'Persistent=true',
    '',
    '[Install]',
    'WantedBy=timers.target',
    '',
  ].join('\n');
}

/**
 * A systemd calendar expression that fires at least as often as a cadence (never less often, so a
 * job is never late by the timer's fault): `6h` → `*-*-* 00/6:00:00`, `day` → `daily`, `weekday` →
 * `Mon..Fri *-*-* 00:00:00`, `2 weeks` → `*-*-01,15,29 00:00:00` (restarting each month).
 * Days and months are listed rather than repeated (`01/14`): systemd 252 skips the first day of a
 * year after a repeated day-of-month (`*-*-01/14` goes from Dec 29 to Jan 15).
 * @example onCalendar({ n: 6, unit: 'hour', whenDone: false, text: '6h' }) // '*-*-* 00/6:00:00'
 */
export function onCalendar(every: Recurrence): string {
  const n = every.n;
  switch (every.unit) {
    case 'hour':
      return n === 1 ? 'hourly' : n >= 24 ? 'daily' : `*-*-* 00/${n}:00:00`;
    case 'day':
      return n === 1 ? 'daily' : n >= 31 ? 'monthly' : `*-*-${steps(1, 31, n)} 00:00:00`;
    case 'weekday':
      return 'Mon..Fri *-*-* 00:00:00';
    case 'week':
      if (n === 1)
        return every.anchor?.weekday === undefined ? 'weekly' : `${WEEKDAYS[every.anchor.weekday]} *-*-* 00:00:00`;
      return n >= 5 ? 'monthly' : `*-*-${steps(1, 31, 7 * n)} 00:00:00`;
    case 'month': {
      const day = every.anchor?.day;
      if (n === 1 && day === undefined) return 'monthly';
      const months = n === 1 ? '*' : n >= 12 ? '01' : steps(1, 12, n);
      // `~01` is the last day of each month: an anchor past the 28th would skip short months.
      const when = day === undefined ? '-01' : day > 28 ? '~01' : `-${pad(day)}`;
      return `*-${months}${when} 00:00:00`;
    }
    case 'year':
      return 'yearly';
  }
}

/** `from`, `from + step`, … up to `to`, as a two-digit list: `steps(1, 31, 14)` is `01,15,29`. */
function steps(from: number, to: number, step: number): string {
  const out: string[] = [];
  for (let v = from; v <= to; v += step) out.push(pad(v));
  return out.join(',');
}

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * A unit name part from a title: lower case ASCII letters, digits and dashes.
 * @example slug('NAS nightly → B2') // 'nas-nightly-b2'
 */
export function slug(title: string): string {
  const s = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s === '' ? 'backup' : s.slice(0, 80);
}

function uniqueName(base: string, taken: Set<string>): string {
  let name = base;
  for (let i = 2; taken.has(name); i++) name = `${base}-${i}`;
  taken.add(name);
  return name;
}

/**
 * One `ExecStart=` word: bare when plain, else double-quoted with `\` and `"` escaped; `%` and `$`
 * are doubled so systemd neither expands a specifier nor substitutes a variable.
 * @example execArgument('NAS nightly.md') // '"NAS nightly.md"'
 */
export function execArgument(arg: string): string {
  const literal = arg.replace(/%/g, '%%').replace(/\$/g, '$$$$');
  if (/^[A-Za-z0-9_./:@=+,%$-]+$/.test(literal)) return literal;
  const escaped = literal
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\n/g, '\\n')
    .replace(/\t/g, '\\t')
    .replace(/\r/g, '\\r');
  return `"${escaped}"`;
}

function specifiers(text: string): string {
  return text.replace(/%/g, '%%');
}

function oneLine(text: string): string {
  return text.replace(/[\r\n]+/g, ' ');
}
