import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { buildDashboard, type DashboardContext } from '../../../src/core/dashboard/buildDashboard';
import { DashboardTracker } from '../../../src/core/dashboard/DashboardTracker';
import { readNote } from '../../../src/core/notes/readNote';
import { DEFAULT_SETTINGS } from '../../../src/settings/settings';
import { NOW, settingsWith, TODAY } from './dashboardVault';
import { apply, step, VARIANTS, vaultIndex } from './changeSteps';

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
