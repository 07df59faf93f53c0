import { blockQueryContext } from '../core/dashboard/blockQueryContext';
import type { ItemIndex } from '../core/index/ItemIndex';
import { envOf, parseQuery, runQuery, type Query, type QueryContext, type QueryResult, type Row } from '../core/query';
import { buildHeatmap } from '../core/query/buildViews';
import type { DateDisplay } from '../core/dashboard/DashboardOptions';
import type { DashboardActions } from './DashboardActions';
import type { ViewElement } from './dom/ViewElement';
import { emptyNote } from './parts';
import { renderHeatmap } from './query/renderHeatmap';
import { renderCards, renderList, renderSummaries, renderTable } from './query/renderRows';
import { renderViewSwitcher } from './query/renderViewSwitcher';
import { renderTimeline } from './query/renderTimeline';
import type { CellContext } from './query/renderValue';
import { freshRows, type DrawRows } from './dashboard/drawRows';

/** What a stack block needs besides its source. */
export interface QueryBlockContext {
  index: ItemIndex;
  /** `YYYY-MM-DD`. */
  today: string;
  /** `YYYY-MM-DDTHH:mm`. */
  now: string;
  /** The note showing the block (`this` in expressions). */
  sourcePath: string;
  actions: DashboardActions;
  /** How date cells are shown, as on the dashboard; default `iso`. */
  dateDisplay?: DateDisplay;
}

/**
 * Renders a ```stack block into `container` (emptied first): parses and runs the query, then
 * draws its view (`table`, `list`, `cards`, `heatmap`, `timeline`). A bad query shows every
 * error inside the block, in a `vault-stack-error` element; this function never throws. The rows
 * of a table, list or cards view are drawn through `drawRows` (the plugin keeps unchanged rows'
 * elements between redraws: `SignedRows`).
 * @example renderQueryBlock(el, 'kind: task\nfilters: overdue', { index, today, now, sourcePath: 'Home.md', actions })
 */
export function renderQueryBlock(
  container: ViewElement,
  source: string,
  ctx: QueryBlockContext,
  drawRows: DrawRows = freshRows,
): void {
  container.empty();
  const block = container.createDiv({ cls: 'vault-stack-block' });
  try {
    const parsed = parseQuery(source);
    if (!parsed.ok) {
      renderErrors(
        block,
        parsed.errors.map((e) => e.message),
      );
      return;
    }
    const queryCtx = blockQueryContext(ctx.index, ctx.today, ctx.now, ctx.sourcePath);
    const cells: CellContext = {
      index: ctx.index,
      actions: ctx.actions,
      today: ctx.today,
      dateDisplay: ctx.dateDisplay ?? 'iso',
    };
    const show = (target: ViewElement, query: Query): void =>
      renderResult(target, query, runQuery(query, ctx.index.items(), queryCtx), queryCtx, cells, drawRows);
    if (parsed.views.length > 1) renderViewSwitcher(block, parsed.views, show, renderErrors);
    else show(block, parsed.query);
  } catch (error) {
    // A bug or a bad clock value must not take the note down with it: show it in the block.
    block.empty();
    renderErrors(block, [`This block could not be shown: ${describeError(error)}`]);
  }
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function renderResult(
  block: ViewElement,
  query: Query,
  result: QueryResult,
  queryCtx: QueryContext,
  cells: CellContext,
  drawRows: DrawRows,
): void {
  block.addClass(`vault-stack-view-${result.view}`);
  if (query.name !== null) block.createEl('h4', { cls: 'vault-stack-block-title', text: query.name });
  for (const note of result.notes)
    block.createEl('p', { cls: ['vault-stack-block-footer', 'vault-stack-block-note'], text: note });
  if (result.rows.length === 0) {
    emptyNote(block, 'No items match this query.');
    return;
  }
  if (result.view === 'heatmap') {
    const env = envOf(queryCtx);
    renderHeatmap(
      block,
      result.rows.map((row) => ({ row, heatmap: buildHeatmap(query, [row], env) })),
      cells,
    );
  } else if (result.view === 'timeline') {
    if ((result.timeline ?? []).length === 0)
      emptyNote(block, 'No dates to show: name date properties in fields or dates.');
    else renderTimeline(block, result.timeline ?? [], cells);
  } else if (result.groups) {
    for (const group of result.groups) {
      block.createEl('h5', { cls: 'vault-stack-group-heading', text: group.label === '' ? 'None' : group.label });
      renderRows(block, result, group.rows, cells, drawRows);
    }
  } else {
    renderRows(block, result, result.rows, cells, drawRows);
  }
  if (result.view !== 'table' || result.groups !== undefined) renderSummaries(block, result, cells);
  const shown = result.rows.length;
  const items =
    shown < result.total ? `${shown} of ${result.total} items` : `${shown} ${shown === 1 ? 'item' : 'items'}`;
  const dates = result.timeline?.length;
  block.createDiv({
    cls: 'vault-stack-block-footer',
    text: dates === undefined ? items : `${dates} ${dates === 1 ? 'date' : 'dates'} from ${items}`,
  });
}

function renderRows(
  block: ViewElement,
  result: QueryResult,
  rows: readonly Row[],
  cells: CellContext,
  drawRows: DrawRows,
): void {
  if (result.view === 'list') renderList(block, result, rows, cells, drawRows);
  else if (result.view === 'cards') renderCards(block, result, rows, cells, drawRows);
  else renderTable(block, result, rows, cells, drawRows);
}

function renderErrors(block: ViewElement, messages: readonly string[]): void {
  const box = block.createDiv({ cls: 'vault-stack-error' });
  box.createEl('p', {
    cls: 'vault-stack-error-heading',
    text: messages.length === 1 ? 'This stack block has an error:' : `This stack block has ${messages.length} errors:`,
  });
  const list = box.createEl('ul', { cls: 'vault-stack-error-list' });
  for (const message of messages) list.createEl('li', { text: message });
}
