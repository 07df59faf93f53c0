import { applyDelete } from './applyDelete';
import { applyAppend, applyRemoveItem } from './applyListEdit';
import { applySet } from './applySet';
import { applyToData } from './applyToData';
import { editFailure, type EditResult } from './EditResult';
import { unsafeEdit, type EditContext, type StepResult } from './EditStep';
import type { FrontmatterEdit, FrontmatterValue } from './FrontmatterEdit';
import { locateFrontmatter } from './locateFrontmatter';
import { parseFrontmatterSource } from './parseFrontmatterSource';
import { sameData } from './sameData';

/**
 * Applies edits to a note's frontmatter, changing only the bytes of the edited keys: comments, key
 * order, quoting, list styles, blank lines, line endings, a BOM and the body stay as they are.
 * A note without frontmatter gets a new block at the top (`created: true`); frontmatter that does
 * not parse, has duplicate keys or never closes is refused, never rewritten.
 * @example editFrontmatter('---\nlog: [2026-11-27] # done\n---\n', [Edits.append('log', '2026-11-28', true)])
 * // { ok: true, text: '---\nlog: [2026-11-27, 2026-11-28] # done\n---\n', changed: true, created: false }
 */
export function editFrontmatter(text: string, edits: readonly FrontmatterEdit[]): EditResult {
  for (const edit of edits) {
    const problem = checkEdit(edit);
    if (problem !== null) return editFailure('bad-edit', problem);
  }
  const location = locateFrontmatter(text);
  if (location.kind === 'unclosed') {
    return editFailure(
      'unclosed',
      'the frontmatter opened with `---` on the first line never closes with a `---` line',
    );
  }
  const src = location.kind === 'block' ? text.slice(location.start, location.end) : '';
  const parsed = parseFrontmatterSource(src);
  if ('ok' in parsed) return parsed;
  let ctx: EditContext = { src, parsed, eol: location.eol };
  for (const edit of edits) {
    const step = applyOne(ctx, edit);
    if (!step.ok) return step;
    if (step.src === ctx.src) continue;
    const reparsed = parseFrontmatterSource(step.src);
    if ('ok' in reparsed || !sameData(reparsed.data, applyToData(ctx.parsed.data, edit))) return unsafeEdit(edit.key);
    ctx = { ...ctx, src: step.src, parsed: reparsed };
  }
  if (location.kind === 'block') {
    const out = text.slice(0, location.start) + ctx.src + text.slice(location.end);
    return { ok: true, text: out, changed: out !== text, created: false };
  }
  if (ctx.src === '') return { ok: true, text, changed: false, created: false };
  const { eol, bomLength } = location;
  const out = `${text.slice(0, bomLength)}---${eol}${ctx.src}---${eol}${text.slice(bomLength)}`;
  return { ok: true, text: out, changed: true, created: true };
}

/** Dispatches one edit. */
function applyOne(ctx: EditContext, edit: FrontmatterEdit): StepResult {
  switch (edit.op) {
    case 'set':
      return applySet(ctx, edit.key, edit.value);
    case 'delete':
      return applyDelete(ctx, edit.key);
    case 'append':
      return applyAppend(ctx, edit.key, edit.value, edit.unique);
    case 'removeItem':
      return applyRemoveItem(ctx, edit.key, edit.value);
  }
}

/** Why an edit itself is malformed (a caller's mistake shown as a value), or null. */
function checkEdit(edit: FrontmatterEdit): string | null {
  if (edit.key.trim() === '' || /[\r\n]/.test(edit.key))
    return `${JSON.stringify(edit.key)} is not a usable frontmatter key`;
  const value: FrontmatterValue = edit.op === 'delete' ? null : edit.value;
  const scalars = Array.isArray(value) ? value : [value];
  for (const scalar of scalars) {
    if (typeof scalar === 'number' && !Number.isFinite(scalar))
      return `\`${edit.key}\`: ${scalar} cannot be written to frontmatter`;
    if (scalar !== null && !['string', 'number', 'boolean'].includes(typeof scalar))
      return `\`${edit.key}\`: only text, numbers, true/false and lists of them can be written`;
  }
  return null;
}
