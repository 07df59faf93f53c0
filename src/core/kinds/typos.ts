/**
 * The known field an unknown one was probably meant to be, or null. Names are compared in
 * lowercase without `-`, `_` or spaces (so `last_run`, `lastRun` and `lastrun` all match
 * `last-run`); otherwise one edit is allowed against names of up to 4 letters and two against
 * longer ones (Damerau–Levenshtein, adjacent swaps count once).
 * @example suggestField('reapeat', ['repeat', 'due']) // 'repeat'
 */
export function suggestField(unknown: string, known: readonly string[]): string | null {
  const u = normalise(unknown);
  if (u === '') return null;
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const name of known) {
    const k = normalise(name);
    const limit = k.length <= 4 ? 1 : 2;
    if (u !== k && u.length < 3) continue;
    const d = u === k ? 0 : editDistance(u, k, limit);
    if (d <= limit && d < bestDistance) {
      best = name;
      bestDistance = d;
    }
  }
  return best;
}

function normalise(name: string): string {
  return name.toLowerCase().replace(/[-_\s]/g, '');
}

/** Three rows of the edit distance's table, kept from call to call (grown for a longer name). */
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * Optimal-string-alignment distance, stopping early once it exceeds `limit` (then `limit + 1`).
 * The table's rows are kept, not made per call: "did you mean" measures a vault's close names.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const m = b.length;
  if (m >= rows[0].length) rows = rows.map(() => new Int32Array(2 * m + 2));
  let [before, prev, row] = rows;
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const c = a.charCodeAt(i - 1);
    let rowMin = (row[0] = i);
    for (let j = 1; j <= m; j++) {
      const d = b.charCodeAt(j - 1);
      let v = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (c === d ? 0 : 1));
      if (i > 1 && j > 1 && c === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === d) v = Math.min(v, before[j - 2] + 1);
      row[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    [before, prev, row] = [prev, row, before];
  }
  return prev[m];
}
