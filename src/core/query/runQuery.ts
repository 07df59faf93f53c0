import type { Item } from '../model/Item';
import { buildHeatmap, buildTimeline } from './buildViews';
import { filterNotes } from './filterNotes';
import { parseCalendarPoint } from './calendar';
import type { Compiled, EvalEnv } from './Compiled';
import type { Query, QueryContext, QueryResult, Row, RowGroup, SummaryValue } from './Query';
import { warmNote } from './properties';
import { QueryContextError } from './QueryContextError';
import { compareSortValues } from './sortValues';
import { dateValue, displayValue, type DateValue, type Value } from './Value';

const NO_KEYS: Value[] = [];
/** Rows whose notes are read ahead together (see warmNote). */
const WARM = 16;

interface Match {
  item: Item;
  keys: Value[];
  groupKey: Value;
}

function clockValue(text: string, name: string): DateValue {
  const c = parseCalendarPoint(text);
  if (!c)
    throw new QueryContextError(
      `runQuery: ctx.${name} must be YYYY-MM-DD or YYYY-MM-DDTHH:mm, got ${JSON.stringify(text)}`,
    );
  return dateValue(c.minutes, c.hasTime);
}

/** The evaluation environment of a context (exported for hosts that evaluate single expressions). */
export function envOf(ctx: QueryContext): EvalEnv {
  const today = clockValue(ctx.today, 'today');
  return {
    today: dateValue(Math.floor(today.minutes / 1440) * 1440, false),
    now: clockValue(ctx.now, 'now'),
    derived: ctx.derived ?? (() => undefined),
    derivedNames: ctx.derived ? (ctx.derivedNames ?? null) : new Set<string>(),
    resolveLink: ctx.resolveLink ?? (() => null),
    self: ctx.self ?? null,
    fileInfo: ctx.fileInfo ?? (() => null),
  };
}

function groupRows(query: Query, rows: Row[], keys: Value[]): RowGroup[] {
  const byKey = new Map<string, RowGroup>();
  rows.forEach((row, i) => {
    const key = keys[i];
    const id =
      key === null
        ? 'null'
        : `${Array.isArray(key) ? 'list' : typeof key === 'object' ? key.type : typeof key}:${displayValue(key)}`;
    let group = byKey.get(id);
    if (!group) {
      group = { key, label: displayValue(key), rows: [] };
      byKey.set(id, group);
    }
    group.rows.push(row);
  });
  const direction = query.groupBy?.direction ?? 'ASC';
  return [...byKey.values()].sort((a, b) => compareSortValues(a.key, b.key, direction));
}

/**
 * The view's summaries over the rows: a column's values when the summary reads a column (gathered
 * while the rows were built, `gathered[i]` for summary i), else the property read anew.
 */
function summarise(
  query: Query,
  rows: readonly Row[],
  gathered: readonly (Value[] | null)[],
  env: EvalEnv,
): SummaryValue[] {
  return query.summaries.map((s, i) => {
    let values = gathered[i];
    if (!values) {
      values = new Array<Value>(rows.length);
      for (let r = 0; r < rows.length; r++) values[r] = s.fn(rows[r].item, env);
    }
    return { id: s.id, name: s.name, value: s.fold(values, env) };
  });
}

/** A row's column values, as a list literal for up to four columns (made in one allocation of the right size). */
function rowValues(fns: readonly Compiled[]): (item: Item, env: EvalEnv) => Value[] {
  const [a, b, c, d] = fns;
  switch (fns.length) {
    case 1:
      return (item, env) => [a(item, env)];
    case 2:
      return (item, env) => [a(item, env), b(item, env)];
    case 3:
      return (item, env) => [a(item, env), b(item, env), c(item, env)];
    case 4:
      return (item, env) => [a(item, env), b(item, env), c(item, env), d(item, env)];
    default:
      return (item, env) => {
        const values = new Array<Value>(fns.length);
        for (let i = 0; i < fns.length; i++) values[i] = fns[i](item, env);
        return values;
      };
  }
}

/**
 * Runs a compiled query over items in one pass: select by kind/group, filter, then a stable sort,
 * the limit, the columns of the kept rows, and the grouping, heatmap or timeline the view needs.
 * @example runQuery(query, index.items(), { today: '2026-11-28', now: '2026-11-28T09:00', derived })
 */
export function runQuery(query: Query, items: Iterable<Item>, ctx: QueryContext): QueryResult {
  const env = envOf(ctx);
  const kinds = query.kinds ? new Set(query.kinds) : null;
  const groups = query.groups ? new Set(query.groups) : null;
  const { filter, sort, groupBy } = query;
  // Sort keys and group keys are kept beside an item only when the view sorts or groups.
  const keyed = sort.length > 0 || groupBy !== null;
  const matches: Match[] = [];
  const plain: Item[] = [];
  const watch = query.filterRefs.properties.length + query.filterRefs.folders.length > 0;
  const all: Item[] = [];
  const selected: Item[] = [];
  for (const item of items) {
    if (watch) all.push(item);
    if (kinds && !kinds.has(item.kind)) continue;
    if (groups && !groups.has(item.group)) continue;
    if (watch) selected.push(item);
    if (filter && filter(item, env) !== true) continue;
    if (!keyed) {
      plain.push(item);
      continue;
    }
    matches.push({
      item,
      keys: sort.length === 0 ? NO_KEYS : sort.map((k) => k.fn(item, env)),
      groupKey: groupBy ? groupBy.fn(item, env) : null,
    });
  }
  if (sort.length > 0) {
    // Array.prototype.sort is stable (ES2019), so ties keep the items' input order.
    matches.sort((a, b) => {
      for (let i = 0; i < sort.length; i++) {
        const c = compareSortValues(a.keys[i], b.keys[i], sort[i].direction);
        if (c !== 0) return c;
      }
      return 0;
    });
  }
  const total = keyed ? matches.length : plain.length;
  const count = query.limit !== null ? Math.min(query.limit, total) : total;
  const columns = query.columns;
  const rows: Row[] = new Array<Row>(count);
  const valuesOf = rowValues(columns.map((c) => c.fn));
  // A summary of a column takes the column's values as each row is built, not in a pass over the rows after.
  const gatherFrom = query.summaries.map((s) => columns.findIndex((c) => c.id === s.id));
  const gathered = gatherFrom.map((column) => (column >= 0 ? new Array<Value>(count) : null));
  for (let r = 0; r < count; r++) {
    // Each WARM rows, the notes of the WARM rows after them are read together (see warmNote).
    if (r % WARM === 0)
      for (let k = r + WARM; k < r + 2 * WARM && k < count; k++) warmNote(keyed ? matches[k].item : plain[k]);
    const item = keyed ? matches[r].item : plain[r];
    const values = valuesOf(item, env);
    rows[r] = { item, values };
    for (let i = 0; i < gathered.length; i++) {
      const into = gathered[i];
      if (into) into[r] = values[gatherFrom[i]];
    }
  }
  const result: QueryResult = {
    name: query.name,
    view: query.view,
    columns: query.columns,
    rows,
    total,
    notes: watch ? [...query.notes, ...filterNotes(query.filterRefs, selected, all, env)] : query.notes,
    summaries: query.summaries.length > 0 ? summarise(query, rows, gathered, env) : [],
  };
  if (groupBy)
    result.groups = groupRows(
      query,
      rows,
      matches.slice(0, count).map((m) => m.groupKey),
    );
  if (query.view === 'heatmap') result.heatmap = buildHeatmap(query, rows, env);
  if (query.view === 'timeline') result.timeline = buildTimeline(query, rows, env);
  return result;
}
