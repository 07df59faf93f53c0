import type { AttentionEntry } from '../attention/AttentionEntry';
import type { ItemIndex } from '../index/ItemIndex';
import type { AttentionRow, QuickAction } from './DashboardModel';

/** The field an entry must be about for its kind's quick action to apply. */
const ACTIONS: Record<string, { fields: readonly string[]; action: QuickAction }> = {
  habit: { fields: ['log'], action: 'check-in' },
  task: { fields: ['due'], action: 'complete' },
  backup: { fields: ['last-run', 'last-result'], action: 'record-backup' },
  secret: { fields: ['rotated'], action: 'mark-rotated' },
};

/**
 * Attention entries as dashboard rows, each with the one-click fix its item allows (check in a
 * habit, complete a task, record a backup run, mark a secret rotated).
 * @example attentionRows(index, entries)[0]?.action // 'complete'
 */
export function attentionRows(index: ItemIndex, entries: readonly AttentionEntry[]): AttentionRow[] {
  return entries.map((e) => {
    const row: AttentionRow = { path: e.path, title: e.title, kind: e.kind, reason: e.reason, severity: e.severity };
    if (e.field !== undefined) row.field = e.field;
    const action = quickAction(index, e);
    if (action) row.action = action;
    return row;
  });
}

function quickAction(index: ItemIndex, e: AttentionEntry): QuickAction | undefined {
  const item = index.get(e.path);
  const spec = item ? ACTIONS[item.data.type] : undefined;
  if (!spec || e.field === undefined || !spec.fields.includes(e.field)) return undefined;
  return spec.action;
}
