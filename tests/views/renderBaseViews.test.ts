import { describe, expect, test } from '@jest/globals';
import { groupOf, plainValue, type BaseRow } from '../../src/core/bases/BaseRow';
import { buildBaseHeatmap } from '../../src/core/bases/heatmapModel';
import { buildBaseStatus } from '../../src/core/bases/statusModel';
import { buildBaseTimeline } from '../../src/core/bases/timelineModel';
import { BaseHeatmapRenderer } from '../../src/views/bases/renderBaseHeatmap';
import { BaseStatusRenderer } from '../../src/views/bases/renderBaseStatus';
import { BaseTimelineRenderer } from '../../src/views/bases/renderBaseTimeline';
import { INERT_ACTIONS } from '../../src/views/DashboardActions';
import { StaticElement } from '../../src/views/dom/StaticElement';
import { yamlIndex } from '../builders/yamlIndex';

const TODAY = '2026-11-28';
const HOSTILE = '<img src=x onerror=alert(1)>';

const index = yamlIndex({
  'Habits/Run.md': 'stack: habit\ngoal: daily\nlog: [2026-11-27, 2026-11-28]',
  'Tasks/Pay.md': 'stack: task\ndue: 2026-11-20',
});
const rows: BaseRow[] = [
  ...['Habits/Run.md', 'Tasks/Pay.md'].map((path) => {
    const item = index.get(path);
    const fm = item?.frontmatter ?? {};
    return { path, title: item?.title ?? path, item, value: (p: string) => plainValue(fm[p.slice(5)]) };
  }),
  {
    path: 'Notes/x.md',
    title: HOSTILE,
    value: (p: string) => (p === 'note.due' ? '2026-12-01' : p === 'note.owner' ? HOSTILE : undefined),
  },
];

describe('the Bases views in the static host (StaticElement, as the CLI page renders)', () => {
  test('all three draw with the same code, inert: no check-in or open buttons, note text escaped', () => {
    const groups = [groupOf(null, rows)];
    const roots = [new StaticElement('div'), new StaticElement('div'), new StaticElement('div')] as const;

    new BaseHeatmapRenderer(INERT_ACTIONS).render(
      roots[0],
      buildBaseHeatmap(groups, { property: 'note.log', goal: null, perGroup: false, today: TODAY }),
    );
    new BaseTimelineRenderer(INERT_ACTIONS).render(
      roots[1],
      buildBaseTimeline(groups, { property: null, today: TODAY }),
    );
    new BaseStatusRenderer(INERT_ACTIONS).render(
      roots[2],
      buildBaseStatus(rows, {
        index,
        today: TODAY,
        now: `${TODAY}T09:00`,
        properties: [{ id: 'note.owner', name: 'Owner' }],
      }),
    );
    const [heatmap, timeline, status] = roots.map((r) => r.toHtml());

    expect(heatmap?.match(/class="vault-stack-heatmap-cell /g)).toHaveLength(365 * 3);
    expect(heatmap).not.toContain('is-checkable');
    expect(timeline).toContain('vault-stack-timeline-row is-overdue');
    expect(status).toContain('streak 2 days');
    for (const html of [heatmap, timeline, status]) {
      expect(html).not.toContain('<button');
      expect(html).not.toContain('<img');
      expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    }
  });
});
