import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { DashboardModel, ProblemRow } from '../../src/core/dashboard/DashboardModel';
import { DashboardPatcher } from '../../src/views/dashboard/DashboardPatcher';
import { StaticElement } from '../../src/views/dom/StaticElement';
import { renderDashboard } from '../../src/views/renderDashboard';

/** A model of one section, the problems, holding `rows`. */
function modelOf(rows: ProblemRow[]): DashboardModel {
  return {
    today: '2026-11-28',
    now: '2026-11-28T09:00',
    todayLabel: 'Saturday 28 November 2026',
    counts: { items: 0, attention: 0, errors: 0, warnings: rows.length },
    sections: [{ id: 'problems', heading: 'Problems', problems: rows, totals: { problems: rows.length } }],
  };
}

const pool: ProblemRow[] = Array.from({ length: 8 }, (_, i) => ({
  path: `N${i % 6}.md`,
  field: '',
  message: `m${i % 3}`,
  severity: 'warning',
}));

describe('DashboardPatcher lists', () => {
  it('draws any sequence of lists (rows kept, moved, copied with equal data, changed, added, removed) as a fresh render would', () => {
    // A row is one of the pool's objects, a copy of it (same key and data), or a copy with another message.
    const row = fc.tuple(fc.nat(7), fc.constantFrom('same', 'copy', 'changed'));
    fc.assert(
      fc.property(fc.array(fc.array(row, { maxLength: 10 }), { minLength: 2, maxLength: 8 }), (lists) => {
        const patcher = new DashboardPatcher({});
        const page = new StaticElement('div');
        for (const list of lists) {
          const rows = list.map(([i, how]) =>
            how === 'same' ? pool[i] : how === 'copy' ? { ...pool[i] } : { ...pool[i], message: 'other' },
          );
          const model = modelOf(rows);
          patcher.draw(page, model);
          const fresh = new StaticElement('div');
          renderDashboard(fresh, model, {});
          expect(page.toHtml()).toBe(fresh.toHtml());
        }
      }),
      { numRuns: 500, seed: 20261204 },
    );
  });

  it('touches only the rows that changed: one added row is the one drawn', () => {
    const patcher = new DashboardPatcher({});
    const page = new StaticElement('div');
    const rows = pool.slice(0, 6);
    patcher.draw(page, modelOf(rows));
    const added: ProblemRow = { path: 'New.md', field: '', message: 'new', severity: 'warning' };
    const stats = patcher.draw(page, modelOf([...rows.slice(0, 3), added, ...rows.slice(3)]));
    expect(stats).toEqual({ whole: false, sections: 1, rowsDrawn: 1, rowsKept: 6 });
  });
});
