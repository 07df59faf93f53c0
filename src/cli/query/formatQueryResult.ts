import type { QueryResult, Row, Value } from '../../core/query';
import { displayValue } from '../../core/query';
import { formatTable, oneLine } from '../table';

/** The output formats of `vault-stack query`. */
export type QueryFormat = 'table' | 'md' | 'json' | 'csv';

/** Every format, for help and validation. */
export const QUERY_FORMATS: readonly QueryFormat[] = ['table', 'md', 'json', 'csv'];

/** One view's result, with the name it is shown under. */
export interface NamedResult {
  name: string | null;
  result: QueryResult;
}

function cells(row: Row): string[] {
  return row.values.map((v) => oneLine(displayValue(v)));
}

/** The row of summaries under the columns (`Average 20`), or null when the view has none. */
function summaryCells(result: QueryResult): string[] | null {
  if (result.summaries.length === 0) return null;
  return result.columns.map((c) => {
    const s = result.summaries.find((x) => x.id === c.id || x.id === `note.${c.id}`);
    return s ? oneLine(`${s.name}: ${displayValue(s.value)}`) : '';
  });
}

/** Rows in display order: by group when the view groups, with each group's label. */
function sections(result: QueryResult): { label: string | null; rows: Row[] }[] {
  if (!result.groups) return [{ label: null, rows: result.rows }];
  return result.groups.map((g) => ({ label: g.label === '' ? 'None' : g.label, rows: g.rows }));
}

/** Plain text: an aligned table per view (and per group), summaries in a last row. */
function asTable(results: readonly NamedResult[], width?: number): string {
  const out: string[] = [];
  for (const { name, result } of results) {
    if (results.length > 1 || name !== null) out.push(`== ${oneLine(name ?? 'View')} ==`);
    const header = result.columns.map((c) => oneLine(c.label));
    const summary = summaryCells(result);
    for (const section of sections(result)) {
      if (section.label !== null) out.push(`-- ${oneLine(section.label)}`);
      const extra = summary && !result.groups ? [summary] : [];
      out.push(formatTable(header, [...section.rows.map(cells), ...extra], width).trimEnd());
    }
    if (summary && result.groups) out.push('-- Summaries', formatTable(header, [summary], width).trimEnd());
    out.push('');
  }
  return out.join('\n');
}

/** A Markdown table cell: one line, `|` and `\` escaped so the cell cannot end early. */
export function markdownCell(text: string): string {
  return oneLine(text).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').trim();
}

function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cs: readonly string[]): string => `| ${cs.map(markdownCell).join(' | ')} |`;
  return [line(header), `| ${header.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n');
}

/** Markdown a note can embed: a heading per view when there are several, a table per view (and group). */
function asMarkdown(results: readonly NamedResult[]): string {
  const out: string[] = [];
  for (const { name, result } of results) {
    if (results.length > 1 || name !== null) out.push(`### ${markdownCell(name ?? 'View')}`, '');
    const header = result.columns.map((c) => c.label);
    const summary = summaryCells(result);
    for (const section of sections(result)) {
      if (section.label !== null) out.push(`**${markdownCell(section.label)}**`, '');
      const extra = summary && !result.groups ? [summary] : [];
      out.push(markdownTable(header, [...section.rows.map(cells), ...extra]), '');
    }
    if (summary && result.groups) out.push('**Summaries**', '', markdownTable(header, [summary]), '');
  }
  return out.join('\n');
}

/** One CSV field per RFC 4180: quoted when it holds a comma, quote, CR or LF; quotes doubled. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV (RFC 4180, CRLF line ends) of one view: a header of column labels, then the rows. */
function asCsv(result: QueryResult): string {
  const line = (cs: readonly string[]): string => cs.map(csvField).join(',') + '\r\n';
  return line(result.columns.map((c) => c.label)) + result.rows.map((r) => line(r.values.map(displayValue))).join('');
}

/** A value as JSON: dates as their ISO text, durations as text (`2w`), links as their target, files as their path. */
export function jsonValue(v: Value): unknown {
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map(jsonValue);
  if (v.type === 'object') return v.entries;
  return displayValue(v);
}

function asJson(results: readonly NamedResult[]): string {
  const views = results.map(({ name, result }) => {
    const groupOf = new Map<Row, string>();
    for (const g of result.groups ?? []) for (const r of g.rows) groupOf.set(r, g.label);
    return {
      name,
      type: result.view,
      columns: result.columns.map((c) => ({ id: c.id, label: c.label })),
      rows: result.rows.map((r) => ({
        path: r.item.path,
        ...(result.groups ? { group: groupOf.get(r) ?? '' } : {}),
        values: Object.fromEntries(result.columns.map((c, i) => [c.id, jsonValue(r.values[i])])),
      })),
      total: result.total,
      summaries: result.summaries.map((s) => ({ property: s.id, summary: s.name, value: jsonValue(s.value) })),
      notes: result.notes,
    };
  });
  return JSON.stringify(views, null, 2) + '\n';
}

/**
 * Formats the results of one or more views: `table` (aligned text), `md` (Markdown tables),
 * `json` (a list of views) or `csv` (the first view only; CSV holds one table).
 * @example formatQueryResult([{ name: null, result }], 'md')
 */
export function formatQueryResult(results: readonly NamedResult[], format: QueryFormat, width?: number): string {
  switch (format) {
    case 'table':
      return asTable(results, width);
    case 'md':
      return asMarkdown(results);
    case 'json':
      return asJson(results);
    case 'csv':
      return results.length === 0 ? '' : asCsv(results[0].result);
  }
}
