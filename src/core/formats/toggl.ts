import { parseDateTime } from '../dates/parseDate';
import type { IncomingTime } from './timeImport';

/** The columns a Toggl Track detailed-report CSV must have (its header names them; order and extra columns vary). */
const REQUIRED = ['Description', 'Start date', 'Start time', 'End date', 'End time'] as const;

/**
 * Splits CSV text into rows of fields (RFC 4180: quoted fields with `""` escapes and line breaks; a
 * leading byte-order mark, as Toggl writes, is dropped).
 * @example parseCsv('a,"b, c"\n1,2\n') // [['a', 'b, c'], ['1', '2']]
 */
export function parseCsv(text: string): string[][] {
  const src = text.replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => !(r.length === 1 && r[0] === ''));
}

/**
 * Reads a Toggl Track detailed report (CSV export): each row's Description names its task (a new task
 * when none matches), Start/End date and time (the report's own time zone, local) make the interval,
 * Tags (comma-separated) and Project go to a new task. Each unreadable row is a problem naming its line.
 * @example parseTogglCsv('Description,Start date,Start time,End date,End time\nWrite report,2026-12-01,09:00:00,2026-12-01,10:30:00\n')
 */
export function parseTogglCsv(text: string): { entries: IncomingTime[]; problems: string[] } {
  const rows = parseCsv(text);
  const header = rows[0]?.map((h) => h.trim().toLowerCase()) ?? [];
  const missing = REQUIRED.filter((name) => !header.includes(name.toLowerCase()));
  if (missing.length > 0)
    return {
      entries: [],
      problems: [
        `not a Toggl Track detailed report: the header lacks ${missing.map((m) => `"${m}"`).join(', ')} (export Reports → Detailed → CSV)`,
      ],
    };
  const col = (row: string[], name: string): string => (row[header.indexOf(name.toLowerCase())] ?? '').trim();
  const entries: IncomingTime[] = [];
  const problems: string[] = [];
  rows.slice(1).forEach((row, i) => {
    const label = `line ${i + 2}`;
    const start = parseDateTime(`${col(row, 'Start date')}T${col(row, 'Start time')}`);
    const end = parseDateTime(`${col(row, 'End date')}T${col(row, 'End time')}`);
    if (start === null || start.length === 10)
      return problems.push(
        `${label}: start ${JSON.stringify(`${col(row, 'Start date')} ${col(row, 'Start time')}`)} is not a date and time`,
      );
    if (end === null || end.length === 10)
      return problems.push(
        `${label}: end ${JSON.stringify(`${col(row, 'End date')} ${col(row, 'End time')}`)} is not a date and time`,
      );
    if (end < start) return problems.push(`${label}: ends before it starts`);
    const description = col(row, 'Description');
    const project = col(row, 'Project');
    const tags = col(row, 'Tags')
      .split(',')
      .map((t) => t.trim())
      .filter((t) => t !== '');
    entries.push({
      names: [description === '' ? (project === '' ? 'Untitled time' : project) : description],
      start,
      end,
      tags,
      ...(project === '' ? {} : { project }),
      label,
    });
  });
  return { entries, problems };
}
