/** `1 day`, `3 days`. */
export function days(n: number): string {
  return n === 1 ? '1 day' : `${n} days`;
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
