import {
  TIME_REPORT_GROUPINGS,
  TIME_REPORT_PERIODS,
  type BaseTimeReportModel,
  type TimeReportLine,
} from '../../core/bases/timeReportModel';
import type { DashboardActions } from '../DashboardActions';
import type { ViewElement } from '../dom/ViewElement';
import { moreNote, noteLink } from '../parts';
import { PatchedList } from './PatchedList';

/**
 * Draws the Bases Time report: a heading line (grouping, period, total), then one row per group,
 * most time first (weeks in date order): its label (by item, a button that opens the note or the
 * inline task's line), its time, and its share of the total as a `<progress>` bar and a percentage.
 * Every label from a note is text. Between draws only rows whose time changed are drawn again
 * (when the groups and their order stay the same); the total line is updated in place.
 */
export class BaseTimeReportRenderer {
  private readonly list = new PatchedList<TimeReportLine>((slot, line) => this.drawLine(slot, line));
  private summary: ViewElement | null = null;

  constructor(private readonly actions: DashboardActions) {}

  /** Forgets what was drawn: the next render draws everything. */
  reset(): void {
    this.list.reset();
    this.summary = null;
  }

  /** Draws `model` into `root`; returns how many rows were drawn (0 when nothing changed). */
  render(root: ViewElement, model: BaseTimeReportModel): number {
    const frame = `${model.by}|${model.period}|${model.hidden}|${model.lines.length === 0}`;
    const drawn = this.list.draw(root, frame, model.lines, (el) => {
      const box = el.createDiv({ cls: ['vault-stack-bases', 'vault-stack-bases-time'] });
      this.summary = box.createEl('p', { cls: 'vault-stack-time-summary' });
      const list = box.createDiv({
        cls: 'vault-stack-time-rows',
        attr: { role: 'list', 'aria-label': `Time by ${TIME_REPORT_GROUPINGS[model.by].toLowerCase()}` },
      });
      if (model.lines.length === 0)
        box.createEl('p', {
          cls: 'vault-stack-empty',
          text: 'No time tracked in these notes for this period.',
        });
      moreNote(box, model.lines.length, model.lines.length + model.hidden, 'rows');
      return () => list;
    });
    this.summary?.setText(summaryText(model));
    return drawn;
  }

  private drawLine(slot: ViewElement, line: TimeReportLine): void {
    const row = slot.createDiv({
      cls: ['vault-stack-time-row', ...(line.running ? ['is-running'] : [])],
      attr: { role: 'listitem', 'data-key': line.key },
    });
    const label = row.createDiv({ cls: 'vault-stack-time-label' });
    if (line.path !== undefined) noteLink(label, line.label, line.path, this.actions);
    else label.createSpan({ cls: 'vault-stack-time-group', text: line.label });
    if (line.running) label.createSpan({ cls: 'vault-stack-time-running', text: 'timer running' });
    row.createEl('progress', {
      cls: 'vault-stack-time-bar',
      attr: { max: '100', value: String(Math.min(100, line.percent)), 'aria-hidden': 'true' },
    });
    row.createSpan({
      cls: 'vault-stack-time-total',
      text: line.time,
      attr: {
        title: `${line.minutes} minutes in ${line.intervals} ${line.intervals === 1 ? 'interval' : 'intervals'}`,
      },
    });
    row.createSpan({ cls: 'vault-stack-time-percent', text: `${line.percent}%` });
  }
}

/** `Total 4h 30m · by project · this week (2026-11-30 to 2026-12-03) · 3 timed items`. */
function summaryText(model: BaseTimeReportModel): string {
  const period =
    model.from === undefined
      ? 'all time'
      : `${TIME_REPORT_PERIODS[model.period].toLowerCase()} (${model.from} to ${model.to ?? ''})`;
  const items = `${model.timedItems} timed ${model.timedItems === 1 ? 'item' : 'items'}`;
  return `Total ${model.total} · by ${TIME_REPORT_GROUPINGS[model.by].toLowerCase()} · ${period} · ${items}`;
}
