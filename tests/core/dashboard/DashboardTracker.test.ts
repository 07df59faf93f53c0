import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { buildDashboard, type DashboardContext } from '../../../src/core/dashboard/buildDashboard';
import { DashboardTracker } from '../../../src/core/dashboard/DashboardTracker';
import { addDays } from '../../../src/core/dates';
import { ItemIndex } from '../../../src/core/index/ItemIndex';
import { readNote } from '../../../src/core/notes/readNote';
import { DEFAULT_SETTINGS } from '../../../src/settings/settings';
import { DASHBOARD_VAULT, NOW, settingsWith, TODAY } from './dashboardVault';

const note = (yaml: string, body = ''): string => `---\n${yaml}\n---\n${body}`;

/** Texts a note may be given in a step: every kind, edits of the same item, checklists with Tasks ids, a kind declaration. */
const VARIANTS: string[] = [
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
  'plain text, no frontmatter',
  '# Week\n\n- [ ] Pay bills 📅 2026-11-28 🆔 bills\n- [ ] Send receipts 📅 2026-11-27 ⛔ bills\n- [x] Done thing ✅ 2026-11-27',
  '# Week\n\n- [ ] Pay bills 📅 2026-11-28 🆔 bills\n- [x] Send receipts 📅 2026-11-27 ⛔ bills ✅ 2026-11-28',
  '- [ ] Later thing 📅 2026-11-29 ⛔ bills',
];

/** Paths the steps use: the vault's, and new ones (some with names the vault's links use). */
const PATHS = [...Object.keys(DASHBOARD_VAULT), 'New/One.md', 'New/Two.md', 'NAS.md', 'Pay rent.md', 'Week.md'];

type Step =
  | { op: 'write'; path: number; text: number }
  | { op: 'delete'; path: number }
  | { op: 'rename'; from: number; to: number }
  | { op: 'time'; minutes: number }
  | { op: 'day' };

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ op: fc.constant('write' as const), path: fc.nat(), text: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('delete' as const), path: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('rename' as const), from: fc.nat(), to: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('time' as const), minutes: fc.integer({ min: 1, max: 600 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('day' as const) }) },
);

function vaultIndex(): ItemIndex {
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

function apply(index: ItemIndex, clock: { today: string; now: string }, s: Step): void {
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

describe('DashboardTracker', () => {
  it('keeps a model equal to a full buildDashboard after any sequence of changes, updating most of them locally', () => {
    let local = 0;
    let steps = 0;
    fc.assert(
      fc.property(fc.array(step, { maxLength: 25 }), fc.boolean(), (steps_, impact) => {
        const index = vaultIndex();
        const clock = { today: TODAY, now: NOW };
        const settings = settingsWith({ sections: [...DEFAULT_SETTINGS.sections] });
        const ctx = (): DashboardContext => ({
          ...clock,
          settings,
          ...(impact ? { activePath: 'Infra/Devices/NAS.md' } : {}),
        });
        const tracker = new DashboardTracker();
        expect(tracker.update(index, ctx()).model).toEqual(buildDashboard(index, ctx()));
        for (const s of steps_) {
          apply(index, clock, s);
          const update = tracker.update(index, ctx());
          expect(update.model).toEqual(buildDashboard(index, ctx()));
          steps++;
          if (update.fullBuild === null) local++;
        }
      }),
      { numRuns: 150, seed: 20261203 },
    );
    // Most steps (all but day roll-overs and kind declarations) must not fall back to a full build.
    expect(local / steps).toBeGreaterThan(0.7);
  });

  it('looks again only at the changed item and its neighbours, and keeps the rows of the others', () => {
    const index = vaultIndex();
    const ctx: DashboardContext = { today: TODAY, now: NOW, settings: DEFAULT_SETTINGS };
    const tracker = new DashboardTracker();
    const first = tracker.update(index, ctx);
    expect(first.fullBuild).toBe('first build');
    index.upsert('Habits/Meditate.md', readNote('Habits/Meditate.md', VARIANTS[6]));

    const second = tracker.update(index, ctx);

    expect(second.fullBuild).toBeNull();
    expect(second.recomputed).toBe(1);
    expect(second.model).toEqual(buildDashboard(index, ctx));
    const tasks = (m: typeof first.model) => m.sections.find((s) => s.id === 'today');
    const before = tasks(first.model);
    const after = tasks(second.model);
    if (before?.id !== 'today' || after?.id !== 'today') throw new Error('no today section');
    expect(after.tasks[0]).toBe(before.tasks[0]);
    expect(after.habits.find((h) => h.title === 'Meditate')).not.toBe(
      before.habits.find((h) => h.title === 'Meditate'),
    );
  });

  it('says why it builds whole: the day, the settings, the observations, a kind declaration', () => {
    const index = vaultIndex();
    const tracker = new DashboardTracker();
    const ctx: DashboardContext = { today: TODAY, now: NOW, settings: DEFAULT_SETTINGS };
    tracker.update(index, ctx);
    expect(tracker.update(index, ctx).fullBuild).toBeNull();
    expect(tracker.update(index, { ...ctx, today: '2026-11-29' }).fullBuild).toMatch(/day changed/);
    expect(
      tracker.update(index, { ...ctx, today: '2026-11-29', settings: settingsWith({ horizonDays: 7 }) }).fullBuild,
    ).toMatch(/settings changed/);
    const back = { ...ctx, today: '2026-11-29', settings: settingsWith({ horizonDays: 7 }) };
    expect(tracker.update(index, back, 2).fullBuild).toMatch(/observations changed/);
    index.upsert('Kinds/Recipe.md', readNote('Kinds/Recipe.md', VARIANTS[20]));
    expect(tracker.update(index, back, 2).fullBuild).toMatch(/kind declaration/);
    index.upsertMany([]);
    index.clear();
    expect(tracker.update(index, back, 2).fullBuild).toMatch(/cannot say what changed/);
  });
});
