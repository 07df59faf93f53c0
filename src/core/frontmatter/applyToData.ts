import type { FrontmatterEdit } from './FrontmatterEdit';

/**
 * What an edit means for the plain data: the data the edited frontmatter must parse back to.
 * The editor checks every edit against this before it returns text.
 * @example applyToData({ log: ['2026-11-27'] }, Edits.append('log', '2026-11-28', true)) // { log: ['2026-11-27', '2026-11-28'] }
 */
export function applyToData(data: Readonly<Record<string, unknown>>, edit: FrontmatterEdit): Record<string, unknown> {
  const next: Record<string, unknown> = { ...data };
  const current = data[edit.key];
  switch (edit.op) {
    case 'set':
      next[edit.key] = Array.isArray(edit.value) ? [...edit.value] : edit.value;
      break;
    case 'delete':
      delete next[edit.key];
      break;
    case 'append': {
      const list = Array.isArray(current) ? (current as unknown[]) : [];
      next[edit.key] = edit.unique && list.includes(edit.value) ? list : [...list, edit.value];
      break;
    }
    case 'removeItem':
      if (Array.isArray(current)) next[edit.key] = (current as unknown[]).filter((item) => item !== edit.value);
      break;
  }
  return next;
}
