/** How many rows the dashboard model builds per list; each list keeps its full count beside them. */
export const ROW_LIMIT = 200;

/**
 * The first `ROW_LIMIT` of already-ranked entries, each turned into a row, so per-row work
 * (formatting, link resolution) is done only for the rows that will be drawn.
 * @example firstRows(rankedProblems, problemRow).length // at most 200
 */
export function firstRows<T, R>(ranked: readonly T[], toRow: (entry: T) => R): R[] {
  return ranked.slice(0, ROW_LIMIT).map(toRow);
}
