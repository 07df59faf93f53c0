/** `1 day`, `3 days`. */
export function days(n: number): string {
  return n === 1 ? '1 day' : `${n} days`;
}

/**
 * When an open task is due, as the dashboard and attention say it: `overdue by 3 days`,
 * `overdue since 14:00` (its time today has passed), `due today at 14:00`, `due today`.
 * @example dueWhen('2026-11-28T14:00', 0, true) // 'overdue since 14:00'
 */
export function dueWhen(due: string, dueInDays: number, overdue: boolean): string {
  const time = due.length > 10 ? due.slice(11, 16) : '';
  if (overdue) return dueInDays < 0 ? `overdue by ${days(-dueInDays)}` : `overdue since ${time}`;
  return time ? `due today at ${time}` : 'due today';
}

/** A datetime as people read it: `2026-11-20T10:00` → `2026-11-20 10:00`. */
export function showDateTime(dateTime: string): string {
  return dateTime.replace('T', ' ');
}

/** `expires in 12 days`, `expires today`, `expired 3 days ago`, with a subject in front. */
export function expiryPhrase(subject: string, daysLeft: number, verb = 'expires', past = 'expired'): string {
  if (daysLeft > 0) return `${subject} ${verb} in ${days(daysLeft)}`;
  if (daysLeft === 0) return `${subject} ${verb} today`;
  return `${subject} ${past} ${days(-daysLeft)} ago`;
}
