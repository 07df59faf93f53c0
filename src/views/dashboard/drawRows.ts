import type { ViewElement } from '../dom/ViewElement';

/**
 * How a dashboard section draws the rows of one of its lists (`name` is unique across the
 * dashboard): `draw` appends one row's element to `list` and returns it. A first render draws
 * every row (`freshRows`); the keyed patch (`DashboardPatcher`) moves the elements of unchanged rows
 * into `list` instead of drawing them again.
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
