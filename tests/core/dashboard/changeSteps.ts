/** Random changes to the dashboard vault (add, edit, delete, rename, complete, check in, time and day moves), for differential tests. */
import fc from 'fast-check';
import { addDays } from '../../../src/core/dates';
import { ItemIndex } from '../../../src/core/index/ItemIndex';
import { readNote } from '../../../src/core/notes/readNote';
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
];

/** Paths the steps use: the vault's, and new ones (some with names the vault's links use). */
export const PATHS = [...Object.keys(DASHBOARD_VAULT), 'New/One.md', 'New/Two.md', 'NAS.md', 'Pay rent.md', 'Week.md'];

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

export function vaultIndex(): ItemIndex {
  const index = new ItemIndex();
  for (const [path, yaml] of Object.entries(DASHBOARD_VAULT)) index.upsert(path, readNote(path, note(yaml)));
  index.upsert('Week.md', readNote('Week.md', VARIANTS[VARIANTS.length - 3]));
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
