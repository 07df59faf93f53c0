import type { ProblemRow, ProblemsSection } from '../../core/dashboard/DashboardModel';
import type { DashboardActions } from '../DashboardActions';
import type { ViewElement } from '../dom/ViewElement';
import { badge, emptyNote, moreNote, sectionShell } from '../parts';
import { freshList, type DrawList } from './drawRows';

/** The problems (the rows the model built, then a count of the rest): severity, the note and line (a button opening the note at the field), the field and the message. */
export function renderProblems(
  parent: ViewElement,
  section: ProblemsSection,
  actions: DashboardActions,
  rows: DrawList = freshList,
): void {
  const body = sectionShell(parent, 'problems', section.heading, section.totals.problems);
  if (section.problems.length === 0) {
    emptyNote(body, 'No problems found.');
    return;
  }
  rows(body, 'ul', 'vault-stack-list vault-stack-problem-list', 'problems', section.problems, (l, p) =>
    problemRow(l, p, actions),
  );
  moreNote(body, section.problems.length, section.totals.problems, 'problems');
}

function problemRow(list: ViewElement, p: ProblemRow, actions: DashboardActions): ViewElement {
  const li = list.createEl('li', {
    cls: ['vault-stack-row', 'vault-stack-problem', `vault-stack-severity-${p.severity}`],
  });
  badge(li, p.severity, p.severity);
  const main = li.createDiv({ cls: 'vault-stack-row-main' });
  const where = p.line === undefined ? p.path : `${p.path}:${p.line}`;
  const field = p.field === '' ? undefined : p.field;
  const open = actions.openNote?.bind(actions);
  if (open) {
    const button = main.createEl('button', {
      cls: 'vault-stack-note-link vault-stack-problem-location',
      text: where,
      attr: { type: 'button', 'aria-label': `Open ${where}${p.field ? ` at ${p.field}` : ''}` },
    });
    button.addEventListener('click', () => open(p.path, field));
  } else {
    main.createSpan({ cls: 'vault-stack-note-name vault-stack-problem-location', text: where });
  }
  const message = main.createDiv({ cls: 'vault-stack-problem-message' });
  if (field) message.createEl('code', { cls: 'vault-stack-field', text: field });
  message.createSpan({ text: p.message });
  return li;
}
