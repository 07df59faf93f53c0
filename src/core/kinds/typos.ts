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

/** Optimal-string-alignment distance, stopping early once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const prev = rows[i - 1];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, rows[i - 2][j - 2] + 1);
      row.push(v);
      rowMin = Math.min(rowMin, v);
    }
    rows.push(row);
    if (i > 0 && rowMin > limit) return limit + 1;
  }
  return rows[a.length][b.length];
}
