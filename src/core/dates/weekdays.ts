/** Weekday names, Monday first (index 0), as people write them in goals and recurrences. */
const WEEKDAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** The three-letter names a weekday is written back as. */
export const WEEKDAY_SHORT = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/**
 * 0 = Monday … 6 = Sunday for a weekday name in any case: the full name, any unambiguous prefix of
 * two letters or more (`mo`, `tu`, `wed`, `thurs`, `fri`), `weds`, or a plural (`mondays`); -1 otherwise.
 * @example weekdayIndex('Weds') // 2
 */
export function weekdayIndex(name: string): number {
  let n = name.trim().toLowerCase().replace(/\.$/, '');
  if (n.length > 3 && n.endsWith('s') && WEEKDAY_NAMES.includes(n.slice(0, -1))) n = n.slice(0, -1);
  // The one common short form that is not a prefix of its name.
  if (n === 'weds') return 2;
  if (n.length < 2) return -1;
  const matches = WEEKDAY_NAMES.filter((full) => full.startsWith(n));
  return matches.length === 1 ? WEEKDAY_NAMES.indexOf(matches[0] ?? '') : -1;
}
