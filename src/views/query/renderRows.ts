import { displayValue, type Column, type QueryResult, type Row } from '../../core/query';
import type { ViewElement } from '../dom/ViewElement';
import { noteLink } from '../parts';
import { renderValue, type CellContext } from './renderValue';
import { freshRows, type DrawRows } from '../dashboard/drawRows';

/** Columns whose value is the item's name: shown as a button that opens the note. */
const TITLE_COLUMNS = new Set(['title', 'file.name', 'file.basename', 'file.path']);

function isTitle(column: Column): boolean {
  return TITLE_COLUMNS.has(column.id);
}

function cell(parent: ViewElement, row: Row, index: number, column: Column, ctx: CellContext): void {
  if (isTitle(column))
    noteLink(parent, displayValue(row.values[index] ?? null) || row.item.title, row.item.path, ctx.actions);
  else renderValue(parent, row.values[index] ?? null, ctx);
}

/** The rows as a table: a header of column labels, one row per item; title columns open the note. */
export function renderTable(
  parent: ViewElement,
  result: QueryResult,
  rows: readonly Row[],
  ctx: CellContext,
  drawRows: DrawRows = freshRows,
): void {
  const wrap = parent.createDiv({ cls: 'vault-stack-table-wrap' });
  const table = wrap.createEl('table', { cls: 'vault-stack-table' });
  const head = table.createEl('thead').createEl('tr');
  for (const column of result.columns) head.createEl('th', { text: column.label, attr: { scope: 'col' } });
  const body = table.createEl('tbody');
  drawRows(body, 'table', keyed(rows), (tbody, { row }) => {
    const tr = tbody.createEl('tr');
    result.columns.forEach((column, i) =>
      cell(tr.createEl('td', { attr: { 'data-column': column.id } }), row, i, column, ctx),
    );
    return tr;
  });
  // Summaries cover every row: a table of one group's rows leaves them to the block.
  if (result.summaries.length > 0 && rows === result.rows) renderSummaryRow(table, result, ctx);
}

/** The view's summaries in a table footer: under each summarised column, its summary's name and value. */
function renderSummaryRow(table: ViewElement, result: QueryResult, ctx: CellContext): void {
  const tr = table.createEl('tfoot').createEl('tr', { cls: 'vault-stack-summary-row' });
  for (const column of result.columns) {
    const td = tr.createEl('td', { attr: { 'data-column': column.id } });
    const summary = result.summaries.find((s) => s.id === column.id || s.id === `note.${column.id}`);
    if (!summary) continue;
    td.createSpan({ cls: 'vault-stack-summary-name', text: summary.name });
    renderValue(td.createSpan({ cls: 'vault-stack-summary-value' }), summary.value, ctx);
  }
}

/** The summaries of a list or cards view (no columns to sit under): `label name value`, one per summary. */
export function renderSummaries(parent: ViewElement, result: QueryResult, ctx: CellContext): void {
  if (result.summaries.length === 0) return;
  const list = parent.createEl('ul', { cls: 'vault-stack-summaries' });
  for (const summary of result.summaries) {
    const li = list.createEl('li', { cls: 'vault-stack-summary' });
    const label = result.columns.find((c) => c.id === summary.id)?.label ?? summary.id;
    li.createSpan({ cls: 'vault-stack-summary-name', text: `${label} ${summary.name}` });
    renderValue(li.createSpan({ cls: 'vault-stack-summary-value' }), summary.value, ctx);
  }
}

/** The rows as a list: the item's title (opens the note), then its other columns as `label value`. */
export function renderList(
  parent: ViewElement,
  result: QueryResult,
  rows: readonly Row[],
  ctx: CellContext,
  drawRows: DrawRows = freshRows,
): void {
  const list = parent.createEl('ul', { cls: 'vault-stack-list vault-stack-query-list' });
  drawRows(list, 'list', keyed(rows), (ul, { row }) => {
    const li = ul.createEl('li', { cls: 'vault-stack-row' });
    const main = li.createDiv({ cls: 'vault-stack-row-main' });
    noteLink(main.createDiv({ cls: 'vault-stack-row-title' }), row.item.title, row.item.path, ctx.actions);
    const meta = main.createDiv({ cls: 'vault-stack-meta' });
    result.columns.forEach((column, i) => {
      if (isTitle(column) || row.values[i] === null) return;
      const field = meta.createSpan({ cls: 'vault-stack-field-value' });
      field.createSpan({ cls: 'vault-stack-field-label', text: column.label });
      renderValue(field, row.values[i] ?? null, ctx);
    });
    return li;
  });
}

/** The rows as cards: a title (opens the note) over a list of the other columns' labels and values. */
export function renderCards(
  parent: ViewElement,
  result: QueryResult,
  rows: readonly Row[],
  ctx: CellContext,
  drawRows: DrawRows = freshRows,
): void {
  const grid = parent.createEl('ul', { cls: 'vault-stack-cards' });
  drawRows(grid, 'cards', keyed(rows), (ul, { row }) => {
    const card = ul.createEl('li', { cls: 'vault-stack-card' });
    noteLink(card.createDiv({ cls: 'vault-stack-card-title' }), row.item.title, row.item.path, ctx.actions);
    const dl = card.createEl('dl', { cls: 'vault-stack-card-fields' });
    result.columns.forEach((column, i) => {
      if (isTitle(column)) return;
      dl.createEl('dt', { text: column.label });
      renderValue(dl.createEl('dd'), row.values[i] ?? null, ctx);
    });
    return card;
  });
}

/** Rows with their item's path as the key a row drawer keeps them by. */
function keyed(rows: readonly Row[]): { path: string; row: Row }[] {
  return rows.map((row) => ({ path: row.item.path, row }));
}
