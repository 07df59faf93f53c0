import type { ViewElement } from '../dom/ViewElement';

/**
 * How a query block draws the rows of one of its lists (`name` is unique within the block): `draw`
 * appends one row's element to `list` and returns it. A first render draws every row
 * (`freshRows`); `SignedRows` keeps the elements of rows drawn the same as before.
 */
export type DrawRows = <R extends { path: string }>(
  list: ViewElement,
  name: string,
  rows: readonly R[],
  draw: (list: ViewElement, row: R) => ViewElement,
) => void;

/** Draws every row afresh. */
export const freshRows: DrawRows = (list, _name, rows, draw) => {
  for (const row of rows) draw(list, row);
};

/**
 * How a dashboard section draws one of its lists (`name` is unique across the dashboard): a `tag`
 * element with the classes `cls` appended to `parent`, holding one element per row (`draw` appends
 * one row's element to the list and returns it). A first render draws every row (`freshList`); the
 * keyed patch (`DashboardPatcher`) moves the list it drew before to `parent` instead and patches
 * its rows.
 */
export type DrawList = <R extends { path: string }>(
  parent: ViewElement,
  tag: 'ul' | 'tbody',
  cls: string | undefined,
  name: string,
  rows: readonly R[],
  draw: (list: ViewElement, row: R) => ViewElement,
) => void;

/** Draws the list and every row afresh. */
export const freshList: DrawList = (parent, tag, cls, _name, rows, draw) => {
  const list = parent.createEl(tag, cls === undefined ? undefined : { cls });
  for (const row of rows) draw(list, row);
};
