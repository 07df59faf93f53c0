import { CliError } from './CliError';

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isDateString(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return month >= 1 && month <= 12 && day >= 1 && day <= days;
}

/** True for `YYYY-MM-DDTHH:mm` with a real date and time. */
export function isDateTimeString(text: string): boolean {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/.exec(text);
  return m !== null && isDateString(m[1]) && Number(m[2]) < 24 && Number(m[3]) < 60;
}

/** The local `YYYY-MM-DD` and `YYYY-MM-DDTHH:mm` of a clock reading. */
export function localMoment(date: Date): { today: string; now: string } {
  const pad = (n: number): string => String(n).padStart(2, '0');
  const today = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return { today, now: `${today}T${pad(date.getHours())}:${pad(date.getMinutes())}` };
}

/**
 * The day and moment a command judges against: `--today`/`--now` when given (either implies
 * the other: `--today D` means `DT00:00`, `--now D T` means day `D`), else the local clock. Both on
 * different days is a usage error: day-based kinds and time-based kinds would be judged on two days.
 */
export function resolveMoment(
  flags: Record<string, string | boolean>,
  clock: () => Date,
): { today: string; now: string } {
  const today = typeof flags.today === 'string' ? flags.today : undefined;
  const now = typeof flags.now === 'string' ? flags.now : undefined;
  if (today && now && now.slice(0, 10) !== today) {
    throw new CliError(
      'USAGE',
      `--today ${today} and --now ${now} are different days`,
      `give one of them, or a --now on ${today} (--today is implied by --now)`,
    );
  }
  if (today && now) return { today, now };
  if (today) return { today, now: `${today}T00:00` };
  if (now) return { today: now.slice(0, 10), now };
  return localMoment(clock());
}
