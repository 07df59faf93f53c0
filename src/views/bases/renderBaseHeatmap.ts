import type { BaseHeatmapGrid, BaseHeatmapModel, HeatmapCalendar } from '../../core/bases/heatmapModel';
import type { DashboardActions } from '../DashboardActions';
import type { ViewElement } from '../dom/ViewElement';
import { badge, moreNote, noteLink, reenableUnlessChanged } from '../parts';
import { PatchedList } from './PatchedList';

const LEVELS = 4;

/**
 * Draws the Bases heatmap: one year grid per row or group (title, days counted, goal progress,
 * week columns Monday on top with month names, scrolled to open on the latest months). On a habit
 * whose property is its `log`, a click on an empty day checks the habit in for that day. Between
 * draws only grids whose data changed are drawn again.
 */
export class BaseHeatmapRenderer {
  private calendar: HeatmapCalendar | null = null;
  private readonly list = new PatchedList<BaseHeatmapGrid>((slot, grid) => this.drawGrid(slot, grid));

  constructor(private readonly actions: DashboardActions) {}

  /** Forgets what was drawn: the next render draws everything. */
  reset(): void {
    this.list.reset();
  }

  /** Draws `model` into `root`; returns how many grids were drawn (0 when nothing changed). */
  render(root: ViewElement, model: BaseHeatmapModel): number {
    this.calendar = model.calendar;
    const frame = [model.calendar.days[0], model.property, model.hidden, model.grids.length === 0].join('|');
    return this.list.draw(root, frame, model.grids, (el) => {
      const box = el.createDiv({ cls: ['vault-stack-bases', 'vault-stack-bases-heatmap'] });
      const list = box.createDiv({ cls: 'vault-stack-heatmaps', attr: { role: 'list' } });
      if (model.grids.length === 0) box.createEl('p', { cls: 'vault-stack-empty', text: 'No notes in this view yet.' });
      moreNote(box, model.grids.length, model.grids.length + model.hidden, 'rows');
      return () => list;
    });
  }

  private drawGrid(slot: ViewElement, grid: BaseHeatmapGrid): void {
    const calendar = this.calendar;
    if (calendar === null) return;
    const item = slot.createDiv({ cls: 'vault-stack-heatmap', attr: { role: 'listitem', 'data-key': grid.key } });
    const head = item.createDiv({ cls: 'vault-stack-heatmap-head' });
    if (grid.path === null) head.createSpan({ cls: 'vault-stack-heatmap-group', text: grid.title });
    else noteLink(head, grid.title, grid.path, this.actions);
    head.createSpan({
      cls: 'vault-stack-heatmap-total',
      text: `${grid.total} ${grid.total === 1 ? 'day' : 'days'} in the last year`,
    });
    if (grid.goal) {
      const g = grid.goal;
      badge(head, `goal ${g.text}`, 'info');
      badge(head, `streak ${g.streak} ${g.streak === 1 ? g.unit : `${g.unit}s`}`, g.streak > 0 ? 'ok' : 'muted');
      if (g.period) badge(head, `${g.period.done}/${g.period.target} this ${g.unit}`, 'info');
      if (g.doneToday) badge(head, 'done today', 'ok');
    }
    if (grid.goalProblem !== null) head.createSpan({ cls: 'vault-stack-error-text', text: grid.goalProblem });
    const checkIn = grid.checkIn ? this.actions.checkInHabit?.bind(this.actions) : undefined;
    // One labelled image for the year (its cells are presentational, each with a tooltip); a grid
    // whose days can be checked in is a group of buttons instead.
    const summary = `${grid.title}: ${grid.total} ${grid.total === 1 ? 'day' : 'days'} from ${calendar.days[0] ?? ''} to ${calendar.days[calendar.days.length - 1] ?? ''}`;
    const grid_ = item.createDiv({ cls: 'vault-stack-heatmap-scroll' }).createDiv({
      cls: 'vault-stack-heatmap-grid',
      attr: { role: checkIn ? 'group' : 'img', 'aria-label': summary },
    });
    const path = grid.path;
    const last = calendar.days.length - 1;
    calendar.monthLabels.forEach((month, week) => {
      grid_.createSpan({ cls: 'vault-stack-heatmap-month', text: month });
      for (let d = 0; d < 7; d++) {
        const i = week * 7 + d - calendar.offset;
        const date = calendar.days[i];
        if (date === undefined) {
          if (week === 0) grid_.createSpan({ cls: 'vault-stack-heatmap-pad' });
          continue;
        }
        const count = grid.counts[i] ?? 0;
        const level = count === 0 || grid.max === 0 ? 0 : Math.max(1, Math.ceil((count / grid.max) * LEVELS));
        const checkable = checkIn !== undefined && path !== null && count === 0;
        const label = `${date}: ${count === 0 ? 'none' : count === 1 ? 'done' : `${count} times`}${checkable ? ' (click to check in)' : ''}`;
        const cls = ['vault-stack-heatmap-cell', `vault-stack-level-${level}`];
        if (i === last) cls.push('is-today');
        if (checkable) cls.push('is-checkable');
        const cell = grid_.createSpan({
          cls,
          attr: checkable ? { role: 'button', title: label, 'data-date': date } : { title: label, 'data-date': date },
        });
        if (checkable) {
          cell.addEventListener('click', () => {
            cell.setAttr('aria-busy', 'true');
            reenableUnlessChanged(cell, checkIn(path, date));
          });
        }
      }
    });
  }
}
