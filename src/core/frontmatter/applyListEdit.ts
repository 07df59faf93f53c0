import { isScalar, isSeq, type Node, type YAMLSeq } from 'yaml';
import { editFailure } from './EditResult';
import type { FrontmatterScalar } from './FrontmatterEdit';
import { describeValue, stepTo, unsafeEdit, type EditContext, type StepResult } from './EditStep';
import { blockItemPrefix, findPair } from './pairRegion';
import { parseFrontmatterSource } from './parseFrontmatterSource';
import { styleOfNode } from './renderList';
import { renderScalar } from './renderScalar';
import { setList } from './applySet';
import { insertPair } from './insertPair';
import { lineEndOf, lineStartOf, nextLineStart, splice, trimBack } from './sourceText';

/** Appends `item` to the list at `key` in the list's own style; with `unique`, a no-op when it is already there. */
export function applyAppend(ctx: EditContext, key: string, item: FrontmatterScalar, unique: boolean): StepResult {
  const { src, eol } = ctx;
  const region = findPair(src, ctx.parsed.map, key);
  if (region === 'unlocatable') return unsafeEdit(key);
  if (region === 'absent') return stepTo(insertPair(ctx, key, [item]));
  const node = region.value;
  if (node === null || (isScalar(node) && node.value === null)) return setList(ctx, key, region, [item]);
  if (!isSeq(node)) return notAList(key, ctx.parsed.data[key], 'add to');
  if (unique && node.items.some((existing) => isScalar(existing) && existing.value === item)) return stepTo(src);
  const last = node.items[node.items.length - 1] as Node | undefined;
  if (node.flow === true) {
    if (last === undefined) {
      const close = (node.range?.[1] ?? 0) - 1;
      if (src[close] !== ']') return unsafeEdit(key);
      return stepTo(splice(src, close, close, renderScalar(item, 'PLAIN', 'flow')));
    }
    if (!last.range) return unsafeEdit(key);
    return stepTo(splice(src, last.range[1], last.range[1], `, ${renderScalar(item, styleOfNode(last), 'flow')}`));
  }
  const prefix = blockItemPrefix(src, node);
  if (prefix === null || !last?.range) return unsafeEdit(key);
  const at = lineEndOf(src, trimBack(src, last.range[1], last.range[0]));
  return stepTo(splice(src, at, at, `${eol}${prefix}${renderScalar(item, styleOfNode(last), 'block')}`));
}

/** Removes every item equal to `item` from the list at `key`; an emptied list becomes `[]`. */
export function applyRemoveItem(ctx: EditContext, key: string, item: FrontmatterScalar): StepResult {
  let current = ctx;
  // Each pass removes one item and re-parses, so offsets always come from the current source.
  for (;;) {
    const region = findPair(current.src, current.parsed.map, key);
    if (region === 'absent') return stepTo(current.src);
    if (region === 'unlocatable') return unsafeEdit(key);
    const node = region.value;
    if (node === null || (isScalar(node) && node.value === null)) return stepTo(current.src);
    if (!isSeq(node)) return notAList(key, current.parsed.data[key], 'remove from');
    const matches = (n: unknown): boolean => isScalar(n) && n.value === item;
    const index = node.items.findIndex(matches);
    if (index === -1) return stepTo(current.src);
    if (node.items.every(matches)) return stepTo(splice(current.src, region.colonEnd, region.contentEnd, ' []'));
    const next = removeOne(current.src, node, index);
    if (next === null) return unsafeEdit(key);
    const parsed = parseFrontmatterSource(next);
    if ('ok' in parsed) return unsafeEdit(key);
    current = { ...current, src: next, parsed };
  }
}

/** The source with the list item at `index` cut out (with its separator or its line); null when not locatable. */
function removeOne(src: string, seq: YAMLSeq, index: number): string | null {
  const items = seq.items as Node[];
  const item = items[index];
  if (!item?.range) return null;
  if (seq.flow === true) {
    const before = items[index - 1];
    const after = items[index + 1];
    if (before?.range) return splice(src, before.range[1], item.range[1], '');
    if (after?.range) return splice(src, item.range[0], after.range[0], '');
    return null;
  }
  const lineStart = lineStartOf(src, item.range[0]);
  const lead = src.slice(lineStart, item.range[0]);
  if (!/^[ \t]*-[ \t]+$/.test(lead)) return null;
  const end = nextLineStart(src, lineEndOf(src, trimBack(src, item.range[1], item.range[0])));
  return splice(src, lineStart, end, '');
}

/** The refusal for a list edit on a key that holds something else. */
function notAList(key: string, value: unknown, verb: string): StepResult {
  return editFailure('not-a-list', `cannot ${verb} \`${key}\`: it holds ${describeValue(value)}, not a list`);
}
