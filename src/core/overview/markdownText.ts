import { stripMd } from '../index/linkPath';

/** A value as one table cell: newlines folded, pipes escaped, lists joined with commas. */
export function cellText(value: unknown): string {
  const text = Array.isArray(value) ? value.map(plainText).join(', ') : plainText(value);
  return text.replace(/[\r\n]+/g, ' ').replace(/\|/g, '\\|');
}

function plainText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** A wikilink to a note by its path, shown as `title`; `inTable` escapes the alias pipe. */
export function noteLink(path: string, title: string, inTable: boolean): string {
  const label = title.replace(/[[\]|\r\n]+/g, ' ').trim();
  return `[[${stripMd(path)}${inTable ? '\\|' : '|'}${label}]]`;
}

/** A Markdown table: a header row, a separator, and the rows (cells already escaped). */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)];
}
