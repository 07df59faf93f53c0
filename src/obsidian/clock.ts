/** Where the plugin reads the time: the core never does, so the host passes `today`/`now` in. */
export interface Clock {
  /** Local date, `YYYY-MM-DD`. */
  today(): string;
  /** Local date and minute, `YYYY-MM-DDTHH:mm`. */
  now(): string;
}

/** The computer's clock in local time. */
export const systemClock: Clock = {
  today: () => localDay(new Date()),
  now: () => localMinute(new Date()),
};

/** A clock stopped at one moment (`YYYY-MM-DDTHH:mm`), for tests and reproducible renders. */
export function fixedClock(now: string): Clock {
  return { today: () => now.slice(0, 10), now: () => now };
}

/**
 * A Date's local calendar day.
 * @example localDay(new Date(2026, 10, 28, 23, 59)) // '2026-11-28'
 */
export function localDay(date: Date): string {
  return `${String(date.getFullYear()).padStart(4, '0')}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * A Date's local day and minute.
 * @example localMinute(new Date(2026, 10, 28, 9, 5)) // '2026-11-28T09:05'
 */
export function localMinute(date: Date): string {
  return `${localDay(date)}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
