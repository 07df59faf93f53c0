import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { buildDashboard, type DashboardContext } from '../../../src/core/dashboard/buildDashboard';
import { DashboardTracker } from '../../../src/core/dashboard/DashboardTracker';
import { readNote } from '../../../src/core/notes/readNote';
import type { Observation } from '../../../src/core/observe/Observation';
import { DEFAULT_SETTINGS } from '../../../src/settings/settings';
import { NOW, settingsWith, TODAY } from './dashboardVault';
import { apply, note, step, VARIANTS, vaultIndex } from './changeSteps';
import type { DashboardModel } from '../../../src/core/dashboard/DashboardModel';

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
    // The sections the habit is not in, and the list of tasks, are the previous model's objects.
    for (const id of ['reading', 'infrastructure', 'problems'])
      expect(second.model.sections.find((s) => s.id === id)).toBe(first.model.sections.find((s) => s.id === id));
    expect(after.tasks).toBe(before.tasks);
  });

  it('keeps the relation warnings when a change leaves relations alone (a backup run recorded, a secret rotated)', () => {
    const index = vaultIndex();
    const ctx: DashboardContext = { today: TODAY, now: NOW, settings: DEFAULT_SETTINGS };
    const tracker = new DashboardTracker();
    const problems = (m: DashboardModel) => m.sections.find((s) => s.id === 'problems');
    let before = tracker.update(index, ctx).model;
    const edits: [string, string][] = [
      [
        'Infra/Backups/Docs sync.md',
        'stack: backup\ntool: rclone\nevery: day\nlast-run: 2026-11-28T08:00\nlast-result: ok',
      ],
      ['Infra/Secrets/DB password.md', 'stack: secret\nstore: sops\nref: db.yaml\nrotate: 1y\nrotated: 2026-11-28'],
    ];
    for (const [path, yaml] of edits) {
      index.upsert(path, readNote(path, note(yaml)));
      const after = tracker.update(index, ctx);
      expect(after.fullBuild).toBeNull();
      expect(after.model).toEqual(buildDashboard(index, ctx));
      expect(problems(after.model)).toBe(problems(before));
      before = after.model;
    }
    // A backup that now covers nothing: the warnings are made again.
    index.upsert('Infra/Backups/Docs sync.md', readNote('Infra/Backups/Docs sync.md', note('stack: task')));
    const moved = tracker.update(index, ctx).model;
    expect(moved).toEqual(buildDashboard(index, ctx));
    expect(problems(moved)).not.toBe(problems(before));
  });

  it('when the time of day moves, looks again only at the items whose due time or backup deadline it passed', () => {
    const index = vaultIndex();
    index.upsert('New/One.md', readNote('New/One.md', VARIANTS[22]));
    index.upsert('New/Two.md', readNote('New/Two.md', VARIANTS[23]));
    const tracker = new DashboardTracker();
    const at = (now: string): DashboardContext => ({ today: TODAY, now, settings: DEFAULT_SETTINGS });
    tracker.update(index, at('2026-11-28T09:00'));

    // 09:30 is the 6-hourly job's deadline: the job and the service it backs up change.
    const later = tracker.update(index, at('2026-11-28T09:45'));

    expect(later.fullBuild).toBeNull();
    expect(later.recomputed).toBe(2);
    expect(later.model).toEqual(buildDashboard(index, at('2026-11-28T09:45')));
    // Nothing is due between 09:45 and 09:50.
    expect(tracker.update(index, at('2026-11-28T09:50')).recomputed).toBe(0);
    // The plumber is due at 14:30.
    const afternoon = tracker.update(index, at('2026-11-28T15:00'));
    expect(afternoon.recomputed).toBe(1);
    expect(afternoon.model).toEqual(buildDashboard(index, at('2026-11-28T15:00')));
  });

  it('shows new observations (health, snapshots, drift) by making the service and backup rows again', () => {
    const index = vaultIndex();
    const ctx: DashboardContext = { today: TODAY, now: NOW, settings: DEFAULT_SETTINGS };
    const tracker = new DashboardTracker();
    const store = new Map<string, Observation>();
    const withStore = { ...ctx, observations: store };
    tracker.update(index, withStore, 1);
    const seen = (path: string, check: Observation['check'], extra: Partial<Observation> = {}): void => {
      store.set(`${check}:${path}`, { path, check, status: 'ok', at: '2026-11-28T08:55', detail: 'seen', ...extra });
    };
    seen('Infra/Services/Nextcloud.md', 'health', { latencyMs: 42 });
    seen('Infra/Backups/Restic NAS.md', 'snapshot', { detail: 'newest snapshot 2026-11-27' });
    seen('Infra/Domains/example.org.md', 'domain', { facts: { expires: '2027-08-14' } });

    const update = tracker.update(index, withStore, 2);

    expect(update.fullBuild).toBeNull();
    expect(update.model).toEqual(buildDashboard(index, withStore));
    store.delete('health:Infra/Services/Nextcloud.md');
    expect(tracker.update(index, withStore, 3).model).toEqual(buildDashboard(index, withStore));
  });

  it('says why it builds whole: the day, the settings, a kind declaration, an index that cannot say', () => {
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
    expect(tracker.update(index, back, 2).fullBuild).toBeNull();
    index.upsert('Kinds/Recipe.md', readNote('Kinds/Recipe.md', VARIANTS[20]));
    expect(tracker.update(index, back, 2).fullBuild).toMatch(/kind declaration/);
    index.upsertMany([]);
    index.clear();
    expect(tracker.update(index, back, 2).fullBuild).toMatch(/cannot say what changed/);
  });
});
