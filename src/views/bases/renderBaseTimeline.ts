import type { BaseTimelineModel, TimelineMark } from '../../core/bases/timelineModel';
import { inDays } from '../../core/bases/statusBadges';
import type { DashboardActions } from '../DashboardActions';
import type { ViewElement } from '../dom/ViewElement';
import { moreNote, noteLink } from '../parts';
import { PatchedList } from './PatchedList';

/**
 * Draws the Bases timeline: an axis of months (or years) with today marked, then per group of the
 * Base one line per note: its title, a track with today's line and the note's mark placed by
 * class (`vault-stack-at-<percent>`), and the date. Overdue, today, soon, later and done marks
 * differ by class and by the words next to the date. Notes without a date are listed after.
 */
export class BaseTimelineRenderer {
  private model: BaseTimelineModel | null = null;
  private readonly list = new PatchedList<TimelineMark>((slot, mark) => this.drawMark(slot, mark));

  constructor(private readonly actions: DashboardActions) {}

  /** Forgets what was drawn: the next render draws everything. */
  reset(): void {
    this.list.reset();
  }

  /** Draws `model` into `root`; returns how many rows were drawn (0 when nothing changed). */
  render(root: ViewElement, model: BaseTimelineModel): number {
    this.model = model;
    const marks = model.groups.flatMap((g) => g.marks);
    const frame = JSON.stringify([
      model.start,
      model.end,
      model.today,
      model.hidden,
      model.undatedCount,
      model.undated.length,
      model.groups.map((g) => [g.label, g.marks.length]),
    ]);
    return this.list.draw(root, frame, marks, (el) => this.drawFrame(el, model));
  }

  private drawFrame(el: ViewElement, model: BaseTimelineModel): (mark: TimelineMark) => ViewElement {
    const box = el.createDiv({ cls: ['vault-stack-bases', 'vault-stack-bases-timeline'] });
    const axis = box.createDiv({ cls: 'vault-stack-timeline-axis-row' });
    axis.createDiv({ cls: 'vault-stack-timeline-label' });
    const scale = axis.createDiv({ cls: 'vault-stack-timeline-scale', attr: { 'aria-hidden': 'true' } });
    for (const tick of model.ticks)
      scale.createSpan({ cls: ['vault-stack-timeline-tick', `vault-stack-at-${tick.position}`], text: tick.label });
    scale.createSpan({
      cls: ['vault-stack-timeline-today', `vault-stack-at-${model.todayPosition}`],
      text: 'Today',
      attr: { title: model.today },
    });
    const listOf = new Map<string | null, ViewElement>();
    for (const group of model.groups) {
      if (group.label !== null || model.groups.length > 1)
        box.createEl('h5', { cls: 'vault-stack-group-heading', text: group.label ?? 'No value' });
      const list = box.createDiv({ cls: 'vault-stack-timeline-rows', attr: { role: 'list' } });
      for (const mark of group.marks) listOf.set(mark.key, list);
    }
    if (model.groups.length === 0 && model.undated.length === 0)
      box.createEl('p', { cls: 'vault-stack-empty', text: 'No notes in this view yet.' });
    const shown = model.groups.reduce((n, g) => n + g.marks.length, 0);
    moreNote(box, shown, shown + model.hidden, 'notes');
    if (model.undatedCount > 0) {
      const undated = box.createDiv({ cls: 'vault-stack-timeline-undated' });
      undated.createSpan({
        cls: 'vault-stack-timeline-undated-label',
        text: `Without a date (${model.undatedCount}):`,
      });
      for (const note of model.undated) noteLink(undated, note.title, note.path, this.actions);
      moreNote(undated, model.undated.length, model.undatedCount, 'notes without a date');
    }
    return (mark) => listOf.get(mark.key) ?? box;
  }

  private drawMark(slot: ViewElement, mark: TimelineMark): void {
    const model = this.model;
    if (model === null) return;
    const row = slot.createDiv({
      cls: ['vault-stack-timeline-row', `is-${mark.state}`],
      attr: { role: 'listitem', 'data-key': mark.key },
    });
    const label = row.createDiv({ cls: 'vault-stack-timeline-label' });
    const field = mark.property.startsWith('note.') ? mark.property.slice(5) : undefined;
    noteLink(label, mark.title, mark.path, this.actions, field);
    const track = row.createDiv({ cls: 'vault-stack-timeline-track', attr: { 'aria-hidden': 'true' } });
    track.createSpan({ cls: ['vault-stack-timeline-today-line', `vault-stack-at-${model.todayPosition}`] });
    track.createSpan({
      cls: ['vault-stack-timeline-mark', `vault-stack-at-${mark.position}`, `is-${mark.state}`],
      attr: { title: `${mark.date.replace('T', ' ')}: ${mark.title}` },
    });
    const when = row.createDiv({ cls: 'vault-stack-timeline-when' });
    when.createEl('time', {
      cls: 'vault-stack-date',
      text: mark.date.replace('T', ' '),
      attr: { datetime: mark.date },
    });
    when.createSpan({
      cls: ['vault-stack-timeline-state', `is-${mark.state}`],
      text: stateText(mark),
    });
  }
}

/** `overdue · 3 days ago`, `today`, `in 12 days`, `done`. */
function stateText(mark: TimelineMark): string {
  if (mark.state === 'done' || mark.state === 'today') return mark.state;
  return mark.state === 'overdue' ? `overdue · ${inDays(mark.days)}` : inDays(mark.days);
}
