import type { ShownDate } from '../core/dashboard/DashboardModel';
import { safeHttpUrl } from '../core/dashboard/safeUrl';
import type { ActionOutcome, DashboardActions } from './DashboardActions';
import type { ViewElement } from './dom/ViewElement';

/**
 * A note's title as a button that opens the note (at `field` when given), or as text when the host
 * cannot open notes (the static page). The path is the tooltip.
 * @example noteLink(row, 'Pay rent', 'Tasks/Pay rent.md', actions)
 */
export function noteLink(
  parent: ViewElement,
  title: string,
  path: string,
  actions: DashboardActions,
  field?: string,
): ViewElement {
  const open = actions.openNote?.bind(actions);
  if (!open) return parent.createSpan({ cls: 'vault-stack-note-name', text: title, attr: { title: path } });
  const button = parent.createEl('button', {
    cls: 'vault-stack-note-link',
    text: title,
    attr: { type: 'button', title: path },
  });
  button.addEventListener('click', () => open(path, field));
  return button;
}

/**
 * A URL: a link opening in a new window when it is http or https, plain text otherwise.
 * @example externalLink(row, 'javascript:alert(1)') // a <span>, never an <a>
 */
export function externalLink(parent: ViewElement, url: string, text = url): ViewElement {
  const href = safeHttpUrl(url);
  if (href === null) return parent.createSpan({ cls: 'vault-stack-url-text', text });
  return parent.createEl('a', {
    cls: 'vault-stack-external-link',
    text,
    attr: { href, target: '_blank', rel: 'noopener noreferrer' },
  });
}

/** A date in a `<time>` element: the shown text, the ISO value as `datetime` and tooltip. */
export function dateEl(parent: ViewElement, date: ShownDate, cls = 'vault-stack-date'): ViewElement {
  return parent.createEl('time', { cls, text: date.text, attr: { datetime: date.iso, title: date.iso } });
}

/**
 * A button that runs an action once: it disables itself on click, so a double click cannot
 * complete a recurring task twice; the host re-renders when the note changes, and the button
 * enables itself again when the action reports that nothing changed.
 */
export function actionButton(
  parent: ViewElement,
  o: { text: string; label: string; cls: string; run: () => ActionOutcome },
): ViewElement {
  const button = parent.createEl('button', {
    cls: ['vault-stack-action', o.cls],
    text: o.text,
    attr: { type: 'button', 'aria-label': o.label },
  });
  button.addEventListener('click', () => {
    button.setAttr('disabled', true);
    button.setAttr('aria-busy', 'true');
    reenableUnlessChanged(button, o.run());
  });
  return button;
}

/** Enables a clicked control again when its action changed nothing (no redraw will replace it). */
export function reenableUnlessChanged(control: ViewElement, outcome: ActionOutcome): void {
  if (!outcome) return;
  const enable = (): void => {
    control.setAttr('disabled', null);
    control.setAttr('aria-busy', null);
  };
  outcome.then((changed) => {
    if (!changed) enable();
  }, enable);
}

/** A short line saying a list is empty. */
export function emptyNote(parent: ViewElement, text: string): ViewElement {
  return parent.createEl('p', { cls: 'vault-stack-empty', text });
}

/** A small label (`critical`, `backup`, `failed`) styled by a modifier class. */
export function badge(parent: ViewElement, text: string, modifier: string): ViewElement {
  return parent.createSpan({ cls: ['vault-stack-badge', `vault-stack-badge-${modifier}`], text });
}

/** A dashboard section: a labelled `<section>` with its heading and a count; returns the body. */
export function sectionShell(parent: ViewElement, id: string, heading: string, count: number): ViewElement {
  const section = parent.createEl('section', {
    cls: ['vault-stack-section', `vault-stack-section-${id}`],
    attr: { 'aria-label': heading },
  });
  const h = section.createEl('h3', { cls: 'vault-stack-section-heading', text: heading });
  h.createSpan({
    cls: 'vault-stack-count',
    text: String(count),
    attr: { 'aria-label': `${count} ${count === 1 ? 'entry' : 'entries'}` },
  });
  return section.createDiv({ cls: 'vault-stack-section-body' });
}

/** After a list the model cut short (`shown` of `total` rows): a line saying how many were left out (`12 more problems not shown.`). */
export function moreNote(parent: ViewElement, shown: number, total: number, what: string): void {
  if (total > shown)
    parent.createEl('p', { cls: 'vault-stack-more', text: `${total - shown} more ${what} not shown.` });
}

/** A subsection heading inside a section. */
export function subheading(parent: ViewElement, text: string): ViewElement {
  return parent.createEl('h4', { cls: 'vault-stack-subheading', text });
}

/** Makes a class-name fragment of a value from a note (`Home lab` → `home-lab`), so it can never carry markup. */
export function classToken(value: string): string {
  return (
    value
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'other'
  );
}
