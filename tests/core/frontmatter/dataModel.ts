/** An independent model of what each frontmatter edit means for the parsed data (the test oracle). */
import type { FrontmatterEdit } from '../../../src/core/frontmatter/FrontmatterEdit';

/** The data after the edit, or 'not-a-list' when a list edit targets a key holding something else. */
export function expectedData(
  data: Record<string, unknown>,
  edit: FrontmatterEdit,
): Record<string, unknown> | 'not-a-list' {
  const out = structuredClone(data);
  const has = Object.prototype.hasOwnProperty.call(data, edit.key);
  const old = data[edit.key];
  if (edit.op === 'set') {
    out[edit.key] = edit.value;
  } else if (edit.op === 'delete') {
    delete out[edit.key];
  } else if (edit.op === 'append') {
    if (has && old !== null && !Array.isArray(old)) return 'not-a-list';
    const list = Array.isArray(old) ? [...(old as unknown[])] : [];
    if (!(edit.unique && list.includes(edit.value))) list.push(edit.value);
    out[edit.key] = list;
  } else {
    if (!has || old === null) return out;
    if (!Array.isArray(old)) return 'not-a-list';
    out[edit.key] = (old as unknown[]).filter((item) => item !== edit.value);
  }
  return out;
}
