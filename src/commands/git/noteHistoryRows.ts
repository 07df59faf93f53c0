import type { FieldChange } from '../../git/fieldHistory';
import type { HistoryEntry } from '../../git/history';
import type { ListRow } from '../../obsidian/git/ListModal';

/** A commit date (ISO) as local `YYYY-MM-DD HH:mm`. */
export function commitDateText(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A commit of a note as a row: the message's subject, then date and author. */
export function historyRow(entry: HistoryEntry): ListRow {
  const renamed = entry.status === 'renamed' && entry.from !== undefined ? ` · renamed from ${entry.from}` : '';
  return {
    text: entry.message.split('\n', 1)[0] ?? '',
    detail: `${commitDateText(entry.date)} · ${entry.author.name}${renamed}`,
  };
}

/** A field value as text: absent is `(none)`, lists and maps as JSON. */
export function fieldValueText(value: unknown): string {
  if (value === undefined) return '(none)';
  if (typeof value === 'string') return value;
  return JSON.stringify(value) ?? 'null';
}

/** One change of a field as `date: from → to`. */
export function fieldChangeText(change: FieldChange): string {
  return `${commitDateText(change.date)}: ${fieldValueText(change.from)} → ${fieldValueText(change.to)}`;
}
