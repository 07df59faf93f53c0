import { formatDate, monthLabel } from '../../core/dashboard/formatDate';
import type { TimelineEntry } from '../../core/query';
import type { ViewElement } from '../dom/ViewElement';
import { dateEl, noteLink } from '../parts';
import type { CellContext } from './renderValue';

/** The dated entries in order, under one heading per month: date, title (opens the note at the property), property. */
export function renderTimeline(parent: ViewElement, entries: readonly TimelineEntry[], ctx: CellContext): void {
  const timeline = parent.createDiv({ cls: 'vault-stack-timeline' });
  let month = '';
  let list: ViewElement | null = null;
  for (const entry of entries) {
    const key = entry.date.slice(0, 7);
    if (key !== month || list === null) {
      month = key;
      timeline.createEl('h5', { cls: 'vault-stack-timeline-month', text: monthLabel(entry.date) });
      list = timeline.createEl('ol', { cls: 'vault-stack-timeline-list' });
    }
    const li = list.createEl('li', { cls: 'vault-stack-timeline-entry' });
    dateEl(li, formatDate(entry.date, ctx.today, ctx.dateDisplay));
    const property = /^[a-z][\w-]*$/i.test(entry.property) ? entry.property : undefined;
    noteLink(li, entry.item.title, entry.item.path, ctx.actions, property);
    li.createSpan({ cls: 'vault-stack-timeline-property', text: entry.property });
  }
}
