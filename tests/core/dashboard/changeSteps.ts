/** Random changes to the dashboard vault (add, edit, delete, rename, complete, check in, time and day moves), for differential tests. */
import fc from 'fast-check';
import { addDays, fromMinuteNumber, toMinuteNumber } from '../../../src/core/dates';
import { ItemIndex } from '../../../src/core/index/ItemIndex';
import { readNote } from '../../../src/core/notes/readNote';
import type { Observation } from '../../../src/core/observe/Observation';
import { DASHBOARD_VAULT } from './dashboardVault';

export const note = (yaml: string, body = ''): string => `---\n${yaml}\n---\n${body}`;

/** Texts a note may be given in a step: every kind, edits of the same item, checklists with Tasks ids, a kind declaration. */
export const VARIANTS: string[] = [
  note('stack: task\ndue: 2026-11-28'),
  note('stack: task\ndue: 2026-11-28\nstatus: done\ndone: 2026-11-28'),
  note('stack: task\ndue: 2026-11-26\npriority: high\ndepends: ["[[Pay rent]]"]'),
  note('stack: task\ndue: 2026-11-28T10:30\ndepends: ["[[File taxes]]", "[[Call plumber]]"]'),
  note('stack: task\nstatus: waiting\ndue: 2026-11-27'),
  note('stack: habit\ngoal: daily\nlog: [2026-11-26, 2026-11-27]'),
  note('stack: habit\ngoal: daily\nlog: [2026-11-26, 2026-11-27, 2026-11-28]'),
  note('stack: habit\ngoal: 2/week\nlog: [2026-11-24]'),
  note('stack: bookmark\nurl: https://example.com/new\nadded: 2026-11-01'),
  note('stack: bookmark\nurl: https://example.com/new\nstatus: read'),
  note('stack: bookmark\nurl: https://example.com/dead\ndead: 2026-11-20'),
  note(
    'stack: backup\ntool: restic\nevery: day\nlast-run: 2026-11-28T02:00\nlast-result: ok\ncovers: ["[[Nextcloud]]"]',
  ),
  note('stack: backup\ntool: borg\nevery: day\nlast-run: 2026-11-26T02:00\nlast-result: failed'),
  note('stack: secret\nstore: pass\nref: x\nrotate: 90d\nrotated: 2026-09-01\nused-by: ["[[Pi-hole]]"]'),
  note('stack: secret\nstore: pass\nref: x\nexpires: 2026-12-05'),
  note('stack: domain\nname: example.net\nexpires: 2026-12-20'),
  note('stack: device\nwarranty: 2026-12-01'),
  note('stack: service\nurl: https://a.example.org\nhost: "[[NAS]]"\nbackup: "[[Docs sync]]"'),
  note('stack: service\nhost: "[[Old laptop]]"\nsecrets: ["[[Cloudflare token]]"]'),
  note('stack: task\ndue: 2026-13-45'),
  note('stack: kind\nname: recipe\ngroup: knowledge'),
  note('stack: recipe\nreviewed: 2026-11-29'),
  note('stack: backup\ntool: restic\nevery: 6h\nlast-run: 2026-11-28T02:00\nlast-result: ok'),
  note('stack: service\nbackup: "[[One]]"\nhost: "[[NAS]]"'),
  'plain text, no frontmatter',
  '# Week\n\n- [ ] Pay bills 📅 2026-11-28 🆔 bills\n- [ ] Send receipts 📅 2026-11-27 ⛔ bills\n- [x] Done thing ✅ 2026-11-27',
  '# Week\n\n- [ ] Pay bills 📅 2026-11-28 🆔 bills\n- [x] Send receipts 📅 2026-11-27 ⛔ bills ✅ 2026-11-28',
  '- [ ] Later thing 📅 2026-11-29 ⛔ bills',
  // Below: the ends of relations changing (a title, a full service), broken YAML, times near midnight.
  note('stack: device\ntitle: Big NAS\nwarranty: 2026-12-01'),
  note(
    'stack: service\nurl: https://b.example.org\nhost: "[[NAS]]"\nbackup: "[[Restic NAS]]"\nsecrets: ["[[DB password]]", "[[Gone secret]]"]\ndomain: "[[example.org]]"',
  ),
  '---\nstack: task\ndue: [2026-11-28\n---\n',
  note('stack: task\ndue: 2026-11-28T23:50'),
  note('stack: task\ndue: 2026-11-29T00:10\npriority: low'),
  note('stack: backup\ntool: restic\nevery: 6h\nlast-run: 2026-11-28T20:00\nlast-result: ok\ncovers: ["[[Pi-hole]]"]'),
  note('stack: secret\ntitle: Gone secret\nstore: pass\nref: y\nrotate: 30d\nrotated: 2026-10-01'),
  note('stack: task\ndue: 2026-11-28\ndepends: ["[[Week]]"]'),
  // A task (a kind the relation warnings do not look at) needing a secret nothing else uses.
  note('stack: task\ndue: 2026-11-29\ndepends: ["[[Old VPN cert]]"]'),
];

/** The variant `Week.md` starts with: a checklist with Tasks ids. */
const WEEK = 25;

/** Paths the steps use: the vault's, and new ones (some with names the vault's links use). */
export const PATHS = [...Object.keys(DASHBOARD_VAULT), 'New/One.md', 'New/Two.md', 'NAS.md', 'Pay rent.md', 'Week.md'];

/** More paths for the batch steps: a note a service's dangling link names, one sorting between the tasks. */
export const MORE_PATHS = [...PATHS, 'Infra/Secrets/Gone secret.md', 'Tasks/D.md'];

export type Step =
  | { op: 'write'; path: number; text: number }
  | { op: 'delete'; path: number }
  | { op: 'rename'; from: number; to: number }
  | { op: 'time'; minutes: number }
  | { op: 'day' };

export const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ op: fc.constant('write' as const), path: fc.nat(), text: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('delete' as const), path: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('rename' as const), from: fc.nat(), to: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('time' as const), minutes: fc.integer({ min: 1, max: 600 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('day' as const) }) },
);

/**
 * Steps between two updates of a batch: besides `step`'s, a clock move of any size either way (across
 * midnight, the day then following the time; with `lag`, a move past midnight leaves the day behind
 * for one update, as the plugin's clock reads the day and the minute from two moments) and a service
 * health observation set or dropped, another note opened in the editor (or none). Paths are taken
 * from `MORE_PATHS`.
 */
export type BatchStep =
  | Step
  | { op: 'tick'; minutes: number; lag: boolean }
  | { op: 'observe'; path: number; status: 'ok' | 'failed' | null }
  | { op: 'open'; path: number | null };

export const batchStep: fc.Arbitrary<BatchStep> = fc.oneof(
  { weight: 10, arbitrary: step },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('tick' as const),
      minutes: fc.integer({ min: -120, max: 1500 }),
      lag: fc.boolean(),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('observe' as const),
      path: fc.nat(),
      status: fc.constantFrom<'ok' | 'failed' | null>('ok', 'failed', null),
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('open' as const), path: fc.option(fc.nat()) }) },
);

/** One to five steps applied before the next update: removes and adds of one path in one batch, renames back. */
export const batch: fc.Arbitrary<BatchStep[]> = fc.array(batchStep, { minLength: 1, maxLength: 5 });

/** The world a batch step changes: the index, the clock, the observation store and its version. */
export interface World {
  index: ItemIndex;
  /** The text of every note, as the steps left it (an index built afresh from these is the reference). */
  texts: Map<string, string>;
  clock: { today: string; now: string };
  observations: Map<string, Observation>;
  version: number;
  /** The note open in the editor (the impact section's), or null. */
  active: string | null;
}

export function applyBatchStep(w: World, s: BatchStep): void {
  const at = (n: number): string => MORE_PATHS[n % MORE_PATHS.length];
  if (s.op === 'tick') {
    w.clock.now = fromMinuteNumber(toMinuteNumber(w.clock.now) + s.minutes);
    const day = w.clock.now.slice(0, 10);
    if (!s.lag || day < w.clock.today) w.clock.today = day;
  } else if (s.op === 'open') {
    w.active = s.path === null ? null : at(s.path);
  } else if (s.op === 'observe') {
    const path = at(s.path);
    for (const check of ['health', 'snapshot'] as const) {
      if (s.status === null) w.observations.delete(`${check}:${path}`);
      else w.observations.set(`${check}:${path}`, { path, check, status: s.status, at: w.clock.now, detail: s.status });
    }
    w.version++;
  } else if (s.op === 'write') {
    const text = VARIANTS[s.text % VARIANTS.length];
    w.texts.set(at(s.path), text);
    w.index.upsert(at(s.path), readNote(at(s.path), text));
  } else if (s.op === 'delete') {
    w.texts.delete(at(s.path));
    w.index.remove(at(s.path));
  } else if (s.op === 'rename') {
    const [from, to] = [at(s.from), at(s.to)];
    const text = w.texts.get(from);
    if (text !== undefined && from !== to) {
      w.texts.delete(from);
      w.texts.set(to, text);
    }
    w.index.rename(from, to);
  } else apply(w.index, w.clock, s);
}

/** The texts of the notes `vaultIndex` holds. */
export function vaultTexts(): Map<string, string> {
  const texts = new Map<string, string>(Object.entries(DASHBOARD_VAULT).map(([p, yaml]) => [p, note(yaml)]));
  texts.set('Week.md', VARIANTS[WEEK]);
  return texts;
}

/** An index built afresh from `texts` (in path order): nothing in it is kept from an earlier revision. */
export function freshIndex(texts: ReadonlyMap<string, string>): ItemIndex {
  const index = new ItemIndex();
  for (const [path, text] of [...texts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    index.upsert(path, readNote(path, text));
  return index;
}

export function vaultIndex(): ItemIndex {
  const index = new ItemIndex();
  for (const [path, yaml] of Object.entries(DASHBOARD_VAULT)) index.upsert(path, readNote(path, note(yaml)));
  index.upsert('Week.md', readNote('Week.md', VARIANTS[WEEK]));
  return index;
}

/** `YYYY-MM-DDTHH:mm` plus some minutes, within the same day (the time of day stops at 23:59). */
function later(now: string, minutes: number): string {
  const [h, m] = [Number(now.slice(11, 13)), Number(now.slice(14, 16))];
  const total = Math.min(h * 60 + m + minutes, 23 * 60 + 59);
  return `${now.slice(0, 11)}${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

export function apply(index: ItemIndex, clock: { today: string; now: string }, s: Step): void {
  const at = (n: number): string => PATHS[n % PATHS.length];
  if (s.op === 'write') index.upsert(at(s.path), readNote(at(s.path), VARIANTS[s.text % VARIANTS.length]));
  else if (s.op === 'delete') index.remove(at(s.path));
  else if (s.op === 'rename') index.rename(at(s.from), at(s.to));
  else if (s.op === 'time') clock.now = later(clock.now, s.minutes);
  else {
    clock.today = addDays(clock.today, 1);
    clock.now = `${clock.today}T08:00`;
  }
}
