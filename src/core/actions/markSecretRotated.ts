import type { DateString, KindData } from '../model/Item';
import { Edits } from '../frontmatter/FrontmatterEdit';
import { actionDay, planEdits, planNothing, type ActionPlan } from './ActionPlan';
import { CHANGE_PHRASES } from './changePhrases';

/** Arguments of marking a secret rotated: the day (default today). */
export interface MarkSecretRotatedArgs {
  on?: DateString;
}

/**
 * Records that a secret was rotated: `rotated: <day>`.
 * @example markSecretRotated(secret, {}, '2026-11-28') // rotated: 2026-11-28
 */
export function markSecretRotated(
  data: KindData['secret'],
  args: MarkSecretRotatedArgs,
  today: DateString,
): ActionPlan {
  const day = actionDay(args.on, today, 'rotated');
  if (typeof day !== 'string') return day;
  if (data.rotated === day) return planNothing(`already rotated ${day}`);
  return planEdits([Edits.set('rotated', day)], `${CHANGE_PHRASES.rotated} ${day}`);
}
