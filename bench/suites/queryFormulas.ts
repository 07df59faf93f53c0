import type { Item } from '../../src/core/model/Item';
import { parseQuery, runQuery, type QueryContext } from '../../src/core/query';
import { displayValue } from '../../src/core/query/Value';
import { pairedMediansOf, row, type BenchContext, type BenchRow } from '../harness';
import { perCall, repeat } from '../plugin/asyncTiming';
import { TODAY } from '../plugin/benchActions';

/** Calls per timed run: one run is milliseconds, near the CPU clock's resolution. */
const BATCH = 10;

/** Formulas reading formulas, and summaries of three kinds, over every item (no kind or filter narrows it). */
export const FORMULA_SOURCE = `formulas:
  age: (today() - added).days
  late: if(due, due < today(), false)
  weight: if(priority == "high", 3, if(priority == "medium", 2, 1))
  score: formula.weight * 10 + list(log).length
views:
  - type: table
    order: [title, formula.age, formula.late, formula.score]
    summaries:
      formula.age: Average
      formula.late: Checked
      formula.score: Sum
`;

const MS_PER_DAY = 86_400_000;
const dayOf = (s: string): number =>
  Date.UTC(Number(s.slice(0, 4)), Number(s.slice(5, 7)) - 1, Number(s.slice(8, 10))) / MS_PER_DAY;

/** The same columns and summaries written by hand over the items' frontmatter. */
function handWritten(items: readonly Item[]): {
  rows: unknown[][];
  average: number | null;
  checked: number;
  sum: number;
} {
  const today = dayOf(TODAY);
  const rows: unknown[][] = [];
  let ageSum = 0;
  let ageCount = 0;
  let checked = 0;
  let sum = 0;
  for (const item of items) {
    const fm = item.frontmatter;
    const added = typeof fm.added === 'string' ? fm.added : null;
    const age = added === null ? null : today - dayOf(added);
    const due = typeof fm.due === 'string' ? fm.due : null;
    const late = due !== null && due.slice(0, 10) < TODAY;
    const weight = fm.priority === 'high' ? 3 : fm.priority === 'medium' ? 2 : 1;
    const log = fm.log;
    const score = weight * 10 + (Array.isArray(log) ? log.length : log === undefined || log === null ? 0 : 1);
    rows.push([item.title, age, late, score]);
    if (age !== null) {
      ageSum += age;
      ageCount++;
    }
    if (late) checked++;
    sum += score;
  }
  return { rows, average: ageCount === 0 ? null : ageSum / ageCount, checked, sum };
}

/**
 * The bench row of a stack block with formulas and summaries over every item, against the
 * hand-written loop computing the same columns and summaries (checked equal first). Target ≤ 3×.
 */
export function queryFormulasRow(
  ctx: BenchContext,
  suite: string,
  items: readonly Item[],
  qctx: () => QueryContext,
): BenchRow {
  const parsed = parseQuery(FORMULA_SOURCE);
  if (!parsed.ok) throw new Error(`bench: formula block does not parse: ${parsed.errors[0].message}`);
  const query = parsed.query;
  const result = runQuery(query, items, qctx());
  const floor = handWritten(items);
  const summaries = result.summaries.map((s) => displayValue(s.value));
  const expected = [displayValue(floor.average), String(floor.checked), String(floor.sum)];
  const sameRows =
    floor.rows.length === result.rows.length &&
    floor.rows.every((r, i) => r[3] === result.rows[i].values[3] && r[2] === result.rows[i].values[2]);
  if (!sameRows || summaries.join('|') !== expected.join('|'))
    throw new Error(
      `bench: hand-written formulas disagree with runQuery (${summaries.join('|')} vs ${expected.join('|')})`,
    );
  ctx.log(`formulas: ${result.rows.length} rows; summaries ${summaries.join(', ')}`);
  const t = pairedMediansOf(
    ctx.runs,
    { run: repeat(BATCH, () => runQuery(query, items, qctx()).rows.length) },
    repeat(BATCH, () => handWritten(items)),
  );
  return row(
    suite,
    `formulas + summaries, ${items.length / 1000}k items`,
    'hand-written formulas+summaries',
    perCall(t.run, BATCH, BATCH),
    { kind: 'max-ratio', value: 3 },
    ctx.runs,
  );
}
