import { CHANGE_PHRASES as SAY, defaultStatus } from '../core/actions/changePhrases';

/** What the commit message needs to know about an item in one version of its note. */
export interface ItemSummary {
  kind: string;
  title: string;
  /** The frontmatter values (plain data). */
  fields: Readonly<Record<string, unknown>>;
}

/** Fields whose values differ between two versions, in the order they appear. */
export function changedFields(before: ItemSummary, after: ItemSummary): string[] {
  const keys = [...new Set([...Object.keys(after.fields), ...Object.keys(before.fields)])];
  return keys.filter((k) => JSON.stringify(before.fields[k]) !== JSON.stringify(after.fields[k]));
}

/** A frontmatter value as message text (dates and numbers as written, objects as JSON). */
function text(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return value.toString();
  return JSON.stringify(value) ?? '';
}

function asStrings(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(text);
  return value === undefined || value === null ? [] : [text(value)];
}

/**
 * How a modified item changed, in words: `checked in 2026-11-28`, `done`, `port changed`; the
 * words come from the core's {@link SAY change phrases}, the ones the actions use.
 * `fields` are the changed fields (from the caller, or {@link changedFields}).
 */
export function itemChangePhrase(before: ItemSummary, after: ItemSummary, fields: readonly string[]): string {
  const parts: string[] = [];
  const rest = new Set(fields);
  const take = (field: string) => rest.delete(field);
  if (after.kind === 'habit' && take('log')) {
    const was = new Set(asStrings(before.fields.log));
    const now = new Set(asStrings(after.fields.log));
    const added = [...now].filter((d) => !was.has(d)).sort();
    const removed = [...was].filter((d) => !now.has(d)).sort();
    if (added.length > 0) parts.push(SAY.checkedIn(added.join(', ')));
    if (removed.length > 0) parts.push(SAY.checkInRemoved(removed.join(', ')));
  }
  if (after.kind === 'task' && take('status')) {
    parts.push(SAY.taskStatus(text(after.fields.status ?? defaultStatus('task'))));
    take('done');
  }
  if (after.kind === 'bookmark' && take('status')) {
    parts.push(SAY.bookmarkStatus(text(after.fields.status ?? defaultStatus('bookmark'))));
    take('read');
  }
  if (after.kind === 'bookmark' && after.fields.dead !== undefined && take('dead')) parts.push(SAY.linkDead);
  if (after.kind === 'backup' && (take('last-run') || rest.has('last-result'))) {
    take('last-result');
    const result = after.fields['last-result'];
    parts.push(result === undefined ? SAY.runRecorded : SAY.run(text(result)));
  }
  if (after.kind === 'secret' && take('rotated')) parts.push(SAY.rotated);
  const left = [...rest];
  if (left.length > 0) parts.push(SAY.fieldsChanged(left));
  return parts.length > 0 ? parts.join(', ') : SAY.edited;
}
