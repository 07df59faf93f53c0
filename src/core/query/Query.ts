import type { Item } from '../model/Item';
import type { Refusal } from '../model/Refusal';
import type { Compiled, EvalEnv } from './Compiled';
import type { FileInfo } from './FileInfo';
import type { FilterRefs } from './filterRefs';
import type { Value } from './Value';

/** The views a stack block can show. */
export type ViewType = 'table' | 'list' | 'cards' | 'heatmap' | 'timeline';

/** Every view type, in the order the docs list them. */
export const VIEW_TYPES: readonly ViewType[] = ['table', 'list', 'cards', 'heatmap', 'timeline'];

/** A problem with a query, as a value (a {@link Refusal} with code `QUERY_INVALID`): where (`filters.and[2]`, and the column inside an expression) and what. */
export interface QueryError extends Refusal {
  readonly code: 'QUERY_INVALID';
  /** Position in the block: a YAML path such as `sort[1].direction`, or `yaml` for a YAML syntax error. */
  path: string;
  /** 1-based column inside the expression (or the YAML line's column), when known. */
  column?: number;
  /** 1-based line of the block, for YAML syntax errors. */
  line?: number;
  /** What was wrong and what was expected. */
  reason: string;
  /** The whole message: `filters.and[2] (column 14): unknown function "startsWith2" (known: …)`. */
  message: string;
}

/** A property (column, sort key, group key, date source) as written and compiled. */
export interface PropertyRef {
  /** As written: `due`, `note["last-run"]`, `file.name`. */
  id: string;
  fn: Compiled;
}

/** A column to show. */
export interface Column extends PropertyRef {
  /** The heading: the `properties.<id>.displayName` when given, else the id. */
  label: string;
}

/** One sort key. */
export interface SortKey extends PropertyRef {
  direction: 'ASC' | 'DESC';
}

/** A summary shown under a column: the property it reads and how it folds the rows' values. */
export interface Summary {
  /** The property id as written in `summaries:` (`note.rating`, `formula.total`). */
  id: string;
  /** The summary's name as written (`Average`, or a block's own). */
  name: string;
  /** Reads the property of a row. */
  fn: Compiled;
  /** Folds the values of every row. */
  fold: (values: readonly Value[], env: EvalEnv) => Value;
}

/** A summary's result. */
export interface SummaryValue {
  id: string;
  name: string;
  value: Value;
}

/** A parsed, compiled stack block (one of its views), ready to run any number of times. */
export interface Query {
  /** The block's `name`, if any. */
  name: string | null;
  /** The view's `name` (a block with several views shows them by name), if any. */
  viewName: string | null;
  /** Summaries of the view (`summaries: { property: Average }`). */
  summaries: readonly Summary[];
  /** Kinds to include (`kind:`), or null for every kind. */
  kinds: readonly string[] | null;
  /** Item groups to include (`group:`), or null for every group. */
  groups: readonly string[] | null;
  /** The combined filter, or null when the block has none. */
  filter: Compiled | null;
  sort: readonly SortKey[];
  groupBy: SortKey | null;
  limit: number | null;
  columns: readonly Column[];
  view: ViewType;
  /** Where heatmap and timeline views read dates from (`dates:`); empty means the view's default. */
  dates: readonly PropertyRef[];
  /** Non-fatal remarks on the block, such as Bases display options that were ignored (`views[0].columnSize is a Bases display option; ignored`). */
  notes: readonly string[];
  /** What the filters read that could silently match nothing (a misspelt property, a folder in the wrong case); `runQuery` notes those. */
  filterRefs: FilterRefs;
}

/** What `runQuery` needs besides the items: the clock and the host's resolvers. */
export interface QueryContext {
  /** `YYYY-MM-DD`. */
  today: string;
  /** `YYYY-MM-DDTHH:mm`. */
  now: string;
  /** Derived properties (`overdue`, `urgency`, `streak`, `state`, …); return `undefined` for names it does not define. */
  derived?: (item: Item, name: string) => unknown;
  /** Every name `derived` may define; when given, reads of other names do not call it (a property read's hot path). */
  derivedNames?: ReadonlySet<string>;
  /** Resolves a link target to its item, for reads such as `backup.state` through a link. */
  resolveLink?: (target: string) => Item | null;
  /** The note showing the block, for `this` (see `selfNote` for a note that is not an item); `this` is null without it. */
  self?: Item | null;
  /** File times, size, backlinks and embeds of a note (`file.mtime`, `file.backlinks`, …); null or absent parts read as empty. */
  fileInfo?: (item: Item) => FileInfo | null;
}

/** One result row: the item and its column values, in column order. */
export interface Row {
  item: Item;
  values: Value[];
}

/** Rows sharing a `groupBy` value; `key` is null for rows without one. */
export interface RowGroup {
  key: Value;
  /** The key as text (`""` for none). */
  label: string;
  rows: Row[];
}

/** One day of a heatmap. */
export interface HeatmapDay {
  date: string;
  count: number;
}

/** A heatmap: the 365 days ending today, oldest first. */
export interface Heatmap {
  start: string;
  end: string;
  days: HeatmapDay[];
  /** The largest count of any day (0 when empty), for shading. */
  max: number;
}

/** One dated point on a timeline. */
export interface TimelineEntry {
  /** `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm`. */
  date: string;
  /** The property the date came from. */
  property: string;
  item: Item;
}

/** What running a query gives: rows (and groups) for every view, plus the heatmap or timeline for those views. */
export interface QueryResult {
  /** The block's `name`, for a heading. */
  name: string | null;
  view: ViewType;
  columns: readonly Column[];
  /** Rows after filter, sort and limit. */
  rows: Row[];
  /** Present when the block has `groupBy`: the same rows, grouped, in group order. */
  groups?: RowGroup[];
  /** How many items matched before `limit`. */
  total: number;
  heatmap?: Heatmap;
  timeline?: TimelineEntry[];
  /** The query's non-fatal notes (see `Query.notes`), for the block to show quietly; empty when none. */
  notes: readonly string[];
  /** The view's summaries over the rows shown; empty when it has none. */
  summaries: SummaryValue[];
}
