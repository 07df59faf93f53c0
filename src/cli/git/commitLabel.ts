/** A commit as one line of output: short id and subject. */
export function commitLabel(oid: string, message: string): string {
  const subject = message.split('\n', 1)[0] ?? '';
  return `[${oid.slice(0, 7)}] ${subject}`;
}

/** An ISO commit date as local `YYYY-MM-DD HH:mm`. */
export function localDateTime(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
