import type { BookmarkStatus, DateString, KindData } from '../model/Item';
import { Edits } from '../frontmatter/FrontmatterEdit';
import { ENUMS } from '../kinds/registry';
import { planEdits, planNothing, planRefused, type ActionPlan } from './ActionPlan';

/** Arguments of changing a bookmark's status. */
export interface SetBookmarkStatusArgs {
  status: BookmarkStatus;
}

/**
 * Moves a bookmark to another status; becoming `read` also records `read: today`.
 * @example setBookmarkStatus(bookmark, { status: 'read' }, '2026-11-28') // status: read, read: 2026-11-28
 */
export function setBookmarkStatus(
  data: KindData['bookmark'],
  args: SetBookmarkStatusArgs,
  today: DateString,
): ActionPlan {
  const allowed: readonly string[] = ENUMS.bookmarkStatus;
  if (!allowed.includes(args.status))
    return planRefused(
      'status',
      `${JSON.stringify(args.status)} is not a bookmark status (expected ${allowed.join(', ')})`,
    );
  if (data.status === args.status) return planNothing(`already ${args.status}`);
  const edits = [Edits.set('status', args.status)];
  if (args.status === 'read') edits.push(Edits.set('read', today));
  return planEdits(edits, `marked ${args.status}`);
}
