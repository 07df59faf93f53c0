/**
 * The status bar's text: pending changes and when the last commit was made (a time today, a date
 * before), or that the vault is not versioned yet.
 * @example statusText(3, new Date(2026, 10, 28, 14, 2), new Date(2026, 10, 28, 15, 0)) // '3 changes · committed 14:02'
 */
export function statusText(pending: number | null, lastCommit: Date | null, now: Date): string {
  if (pending === null) return 'Not versioned';
  const changes = pending === 0 ? 'No changes' : `${pending} change${pending === 1 ? '' : 's'}`;
  if (lastCommit === null) return changes;
  return `${changes} · committed ${when(lastCommit, now)}`;
}

function when(date: Date, now: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  const sameDay =
    date.getFullYear() === now.getFullYear() && date.getMonth() === now.getMonth() && date.getDate() === now.getDate();
  if (sameDay) return `${pad(date.getHours())}:${pad(date.getMinutes())}`;
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
