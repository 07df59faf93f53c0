import { weekdayOf } from '../../core/dates';
import type { Heatmap, Row } from '../../core/query';
import type { ViewElement } from '../dom/ViewElement';
import { noteLink } from '../parts';
import type { CellContext } from './renderValue';

/** One row's year of days. */
export interface RowHeatmap {
  row: Row;
  heatmap: Heatmap;
}

const LEVELS = 4;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * One heatmap per item: its title (opens the note), a count, and a week-column grid of the
 * year's days (Monday on top, month names above) with a tooltip and label per day; shading by class, 0–4.
 */
export function renderHeatmap(parent: ViewElement, maps: readonly RowHeatmap[], ctx: CellContext): void {
  const list = parent.createDiv({ cls: 'vault-stack-heatmaps' });
  for (const { row, heatmap } of maps) {
    const total = heatmap.days.reduce((n, d) => n + d.count, 0);
    const item = list.createDiv({ cls: 'vault-stack-heatmap' });
    const head = item.createDiv({ cls: 'vault-stack-heatmap-head' });
    noteLink(head, row.item.title, row.item.path, ctx.actions);
    head.createSpan({
      cls: 'vault-stack-heatmap-total',
      text: `${total} ${total === 1 ? 'day' : 'days'} in the last year`,
    });
    // The grid scrolls sideways in its own box, laid out from the right so it opens on the latest months.
    const grid = item.createDiv({ cls: 'vault-stack-heatmap-scroll' }).createDiv({
      cls: 'vault-stack-heatmap-grid',
      attr: { role: 'group', 'aria-label': `${row.item.title}: ${heatmap.start} to ${heatmap.end}` },
    });
    const offset = weekdayOf(heatmap.start);
    for (let week = 0; week * 7 - offset < heatmap.days.length; week++) {
      // Each week column starts with its month label: the month's short name in the week holding its 1st.
      const days = Array.from({ length: 7 }, (_, d) => heatmap.days[week * 7 + d - offset]);
      const first = days.find((day) => day?.date.endsWith('-01'));
      grid.createSpan({
        cls: 'vault-stack-heatmap-month',
        text: first ? MONTHS[Number(first.date.slice(5, 7)) - 1] : '',
        attr: { 'aria-hidden': 'true' },
      });
      for (const day of days) {
        if (day === undefined) {
          if (week === 0) grid.createSpan({ cls: 'vault-stack-heatmap-pad', attr: { 'aria-hidden': 'true' } });
          continue;
        }
        const level =
          day.count === 0 || heatmap.max === 0 ? 0 : Math.max(1, Math.ceil((day.count / heatmap.max) * LEVELS));
        const label =
          day.count === 0 ? `${day.date}: none` : `${day.date}: ${day.count === 1 ? 'done' : `${day.count} times`}`;
        grid.createSpan({
          cls: ['vault-stack-heatmap-cell', `vault-stack-level-${level}`],
          attr: { role: 'img', title: label, 'aria-label': label, 'data-date': day.date },
        });
      }
    }
  }
}
