import { isScalar } from 'yaml';
import type { FrontmatterScalar, FrontmatterValue } from './FrontmatterEdit';
import { stepTo, unsafeEdit, type EditContext, type StepResult } from './EditStep';
import { insertPair } from './insertPair';
import { blockItemPrefix, defaultItemPrefix, findPair, isBlockSeq, isFlowSeq, type PairRegion } from './pairRegion';
import { blockListText, flowListText, styleFromOld } from './renderList';
import { renderScalar, styleOf } from './renderScalar';
import { sameData } from './sameData';
import { lineEndOf, splice } from './sourceText';

/** Sets `key` to `value`: in place, in the old value's style, when the key exists; as a new entry when not. */
export function applySet(ctx: EditContext, key: string, value: FrontmatterValue): StepResult {
  const region = findPair(ctx.src, ctx.parsed.map, key);
  if (region === 'unlocatable') return unsafeEdit(key);
  if (region === 'absent') return stepTo(insertPair(ctx, key, value));
  if (sameData(ctx.parsed.data[key], value)) return stepTo(ctx.src);
  return Array.isArray(value) ? setList(ctx, key, region, value) : setScalar(ctx, region, value);
}

/** Replaces the value at an existing key with a list, keeping flow or block style. */
export function setList(
  ctx: EditContext,
  key: string,
  region: PairRegion,
  values: readonly FrontmatterScalar[],
): StepResult {
  const { src, eol } = ctx;
  const node = region.value;
  if (isFlowSeq(node) && node.range)
    return stepTo(splice(src, node.range[0], node.range[1], flowListText(values, styleFromOld(node.items))));
  if (values.length === 0) return stepTo(splice(src, region.colonEnd, region.contentEnd, ' []'));
  if (isBlockSeq(node)) {
    const prefix = blockItemPrefix(src, node);
    const keyLineEnd = lineEndOf(src, region.colonEnd);
    if (prefix === null || keyLineEnd > region.contentEnd) return unsafeEdit(key);
    return stepTo(
      splice(src, keyLineEnd, region.contentEnd, blockListText(values, prefix, eol, styleFromOld(node.items))),
    );
  }
  // The old value goes; a comment after it stays on the key line, and the items follow that line.
  const items = blockListText(values, defaultItemPrefix(src, ctx.parsed.map), eol, () => 'PLAIN');
  const lineEnd = lineEndOf(src, region.contentEnd);
  return stepTo(src.slice(0, region.colonEnd) + src.slice(region.contentEnd, lineEnd) + items + src.slice(lineEnd));
}

/** Replaces the value at an existing key with a scalar, keeping the old quote style. */
function setScalar(ctx: EditContext, region: PairRegion, value: FrontmatterScalar): StepResult {
  const { src } = ctx;
  const node = region.value;
  if (value === null) return stepTo(splice(src, region.colonEnd, region.contentEnd, ''));
  if (node === null)
    return stepTo(splice(src, region.colonEnd, region.colonEnd, ` ${renderScalar(value, 'PLAIN', 'block')}`));
  const type = (node as { type?: string }).type;
  if (isScalar(node) && node.range && type !== 'BLOCK_LITERAL' && type !== 'BLOCK_FOLDED') {
    return stepTo(splice(src, node.range[0], node.range[1], renderScalar(value, styleOf(type), 'block')));
  }
  return stepTo(splice(src, region.colonEnd, region.contentEnd, ` ${renderScalar(value, styleOf(type), 'block')}`));
}
