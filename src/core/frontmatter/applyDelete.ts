import { stepTo, unsafeEdit, type EditContext, type StepResult } from './EditStep';
import { findPair } from './pairRegion';
import { lineEndOf, lineStartOf, nextLineStart, splice } from './sourceText';

/** Removes the lines of `key` and its value; comment lines above it stay. A missing key is a no-op. */
export function applyDelete(ctx: EditContext, key: string): StepResult {
  const region = findPair(ctx.src, ctx.parsed.map, key);
  if (region === 'absent') return stepTo(ctx.src);
  if (region === 'unlocatable') return unsafeEdit(key);
  const start = lineStartOf(ctx.src, region.keyStart);
  const end = nextLineStart(ctx.src, lineEndOf(ctx.src, region.contentEnd));
  return stepTo(splice(ctx.src, start, end, ''));
}
