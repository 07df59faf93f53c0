import { parseDate, parseDateTime } from '../dates/parseDate';
import { compareDateTimes } from '../dates/dateTime';
import type { FrontmatterEdit } from '../frontmatter/FrontmatterEdit';

/**
 * What an action will do to a note: the frontmatter edits (empty when there is nothing to change)
 * and a short phrase for the commit message and notice (`checked in 2026-11-28`), or why it cannot
 * be done, as a value.
 */
export type ActionPlan =
  { ok: true; edits: FrontmatterEdit[]; summary: string } | { ok: false; field: string; message: string };

/** A plan that edits the note. */
export function planEdits(edits: FrontmatterEdit[], summary: string): ActionPlan {
  return { ok: true, edits, summary };
}

/** A plan that changes nothing, saying why. */
export function planNothing(summary: string): ActionPlan {
  return { ok: true, edits: [], summary };
}

/** An action that cannot be done, with the field at fault and a sentence for the user. */
export function planRefused(field: string, message: string): ActionPlan & { ok: false } {
  return { ok: false, field, message };
}

/**
 * Validates the day an action is about (defaulting to `today`): a real `YYYY-MM-DD` date, not after today.
 * @example actionDay(undefined, '2026-11-28', 'log') // '2026-11-28'
 */
export function actionDay(
  day: string | undefined,
  today: string,
  field: string,
): string | (ActionPlan & { ok: false }) {
  const text = day ?? today;
  const parsed = parseDate(text);
  if (parsed === null) return planRefused(field, `${JSON.stringify(text)} is not a date (expected YYYY-MM-DD)`);
  if (compareDateTimes(parsed, today) > 0) return planRefused(field, `${parsed} is in the future (today is ${today})`);
  return parsed;
}

/**
 * Validates the moment an action is about (defaulting to `now`): a date or `YYYY-MM-DDTHH:mm`, not after now.
 * @example actionMoment('2026-11-28 03:00', '2026-11-28T09:00', 'last-run') // '2026-11-28T03:00'
 */
export function actionMoment(
  at: string | undefined,
  now: string,
  field: string,
): string | (ActionPlan & { ok: false }) {
  const text = at ?? now;
  const parsed = parseDateTime(text);
  if (parsed === null)
    return planRefused(
      field,
      `${JSON.stringify(text)} is not a date or time (expected YYYY-MM-DD or YYYY-MM-DDTHH:mm)`,
    );
  if (compareDateTimes(parsed, now) > 0) return planRefused(field, `${parsed} is in the future (now is ${now})`);
  return parsed;
}
