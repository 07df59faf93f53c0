import type { AttentionRow, AttentionSection, QuickAction } from '../../core/dashboard/DashboardModel';
import type { DashboardActions } from '../DashboardActions';
import type { ViewElement } from '../dom/ViewElement';
import { actionButton, badge, classToken, emptyNote, moreNote, noteLink, sectionShell } from '../parts';
import { freshList, type DrawList } from './drawRows';

/** The ranked queue (the rows the model built, then a count of the rest): severity, kind, title (opens the note at the field), reason, and the entry's one-click fix. */
export function renderAttention(
  parent: ViewElement,
  section: AttentionSection,
  actions: DashboardActions,
  today: string,
  rows: DrawList = freshList,
): void {
  const body = sectionShell(parent, 'attention', section.heading, section.totals.entries);
  if (section.entries.length === 0) {
    emptyNote(body, 'Nothing needs attention.');
    return;
  }
  rows(body, 'ul', 'vault-stack-list vault-stack-attention-list', 'attention', section.entries, (l, entry) =>
    attentionRow(l, entry, actions, today),
  );
  moreNote(body, section.entries.length, section.totals.entries, 'entries');
}

function attentionRow(list: ViewElement, entry: AttentionRow, actions: DashboardActions, today: string): ViewElement {
  const li = list.createEl('li', { cls: ['vault-stack-row', `vault-stack-severity-${entry.severity}`] });
  badge(li, entry.severity, entry.severity);
  const main = li.createDiv({ cls: 'vault-stack-row-main' });
  const titleLine = main.createDiv({ cls: 'vault-stack-row-title' });
  noteLink(titleLine, entry.title, entry.path, actions, entry.field);
  titleLine.createSpan({ cls: ['vault-stack-kind', `vault-stack-kind-${classToken(entry.kind)}`], text: entry.kind });
  main.createDiv({ cls: 'vault-stack-reason', text: entry.reason });
  if (entry.action) quickAction(li, entry, entry.action, actions, today);
  return li;
}

function quickAction(
  li: ViewElement,
  entry: AttentionRow,
  action: QuickAction,
  actions: DashboardActions,
  today: string,
): void {
  const controls = li.createDiv({ cls: 'vault-stack-row-actions' });
  switch (action) {
    case 'check-in': {
      const checkIn = actions.checkInHabit?.bind(actions);
      if (checkIn)
        actionButton(controls, {
          text: 'Check in',
          label: `Check in ${entry.title} for today`,
          cls: 'vault-stack-checkin',
          run: () => checkIn(entry.path, today),
        });
      return;
    }
    case 'complete': {
      const complete = actions.completeTask?.bind(actions);
      if (complete)
        actionButton(controls, {
          text: 'Done',
          label: `Complete ${entry.title}`,
          cls: 'vault-stack-complete',
          run: () => complete(entry.path),
        });
      return;
    }
    case 'record-backup': {
      const record = actions.recordBackupRun?.bind(actions);
      if (record)
        actionButton(controls, {
          text: 'Ran OK',
          label: `Record a successful run of ${entry.title}`,
          cls: 'vault-stack-backup-ok',
          run: () => record(entry.path, 'ok'),
        });
      return;
    }
    case 'update-note': {
      const update = actions.updateNote?.bind(actions);
      const { field, observed } = entry;
      if (update && field !== undefined && observed !== undefined)
        actionButton(controls, {
          text: 'Update the note',
          label: `Set ${field} of ${entry.title} to ${String(observed)}`,
          cls: 'vault-stack-update-note',
          run: () => update(entry.path, field, observed),
        });
      return;
    }
    case 'mark-rotated': {
      const rotated = actions.markSecretRotated?.bind(actions);
      if (rotated)
        actionButton(controls, {
          text: 'Rotated',
          label: `Mark ${entry.title} rotated today`,
          cls: 'vault-stack-rotated',
          run: () => rotated(entry.path),
        });
      return;
    }
  }
}
