/** The host's time zone, for formats that store UTC (Timewarrior): the core keeps local wall-clock times. */

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/**
 * A local `YYYY-MM-DDTHH:mm` as Timewarrior's UTC `YYYYMMDDTHHMMSSZ`, in this process's time zone (`TZ`).
 * @example localToTimew('2026-12-01T09:00') // '20261201T140000Z' in America/New_York
 */
export function localToTimew(local: string): string {
  const [y, mo, d, h, mi] = local.split(/[-T:]/).map(Number) as [number, number, number, number, number];
  const date = new Date(y, mo - 1, d, h, mi);
  return (
    `${pad(date.getUTCFullYear(), 4)}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}` +
    `T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`
  );
}

/**
 * Timewarrior's UTC `YYYYMMDDTHHMMSSZ` as a local `YYYY-MM-DDTHH:mm` (seconds dropped), in this process's time zone.
 * @example timewToLocal('20261201T140000Z') // '2026-12-01T09:00' in America/New_York
 */
export function timewToLocal(moment: string): string {
  return utcToLocal(
    Date.UTC(
      Number(moment.slice(0, 4)),
      Number(moment.slice(4, 6)) - 1,
      Number(moment.slice(6, 8)),
      Number(moment.slice(9, 11)),
      Number(moment.slice(11, 13)),
      Number(moment.slice(13, 15)),
    ),
  );
}

/** A UTC instant (milliseconds) as a local `YYYY-MM-DDTHH:mm`, in this process's time zone. */
export function utcToLocal(ms: number): string {
  const date = new Date(ms);
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
