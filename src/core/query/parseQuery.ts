import { LineCounter, parseDocument } from 'yaml';
import { CORE_YAML } from '../notes/coreYaml';
import type { Compiled } from './Compiled';
import type { FilterRefs } from './filterRefs';
import { parseFilters } from './parseFilters';
import type { CompileOptions } from './compileExpression';
import { compileProperty, compileSource } from './compileSource';
import { buildFormulas } from './formulas';
import { lookup } from './lookup';
import {
  parseColumns,
  parseDates,
  parseLabels,
  parseLimit,
  parseNames,
  parseSort,
  parseSortKey,
  parseViewType,
} from './parseParts';
import type { Column, Query, QueryError, Summary } from './Query';
import { DEFAULT_SUMMARIES, findSummary, parseCustomSummaries, type SummaryFn } from './summaries';
import { describeYaml, queryError } from './queryError';
import { readProperty } from './properties';

const TOP_KEYS = [
  'name',
  'kind',
  'group',
  'filters',
  'sort',
  'groupBy',
  'limit',
  'fields',
  'order',
  'view',
  'type',
  'dates',
  'properties',
  'views',
  'formulas',
  'summaries',
  'display',
];
const VIEW_KEYS = ['type', 'name', 'filters', 'order', 'sort', 'groupBy', 'limit', 'summaries'];
/** Bases view options that change only how Bases lays a view out, never which rows or columns it has: accepted and ignored. */
const DISPLAY_ONLY = [
  'columnSize',
  'display',
  'image',
  'imageFit',
  'imageAspectRatio',
  'cardSize',
  'rowHeight',
  'coordinates',
  'defaultZoom',
  'markerIcon',
  'markerColor',
];
/** Bases view types a stack block shows as a table, with why. */
const TABLE_STANDINS: Readonly<Record<string, string>> = {
  map: 'a map view needs Obsidian and its Maps plugin; shown as a table',
};
const MAX_ALIASES = 100;
/** Far beyond any real block; bounds the work a hostile block can cause. */
const MAX_BLOCK_CHARS = 100_000;
/** More views than any real Base has; bounds the work a hostile block can cause. */
const MAX_VIEWS = 50;

/** Options read from the block, after a Bases `views:` entry is merged in. */
type Raw = Record<string, unknown>;

/** An error for a key outside `known`, or a note when it is a Bases display option (ignored, not an error). */
function unknownKey(path: string, key: string, known: readonly string[], errors: QueryError[], notes: string[]): void {
  if (DISPLAY_ONLY.includes(key)) notes.push(`${path} is a Bases display option; ignored`);
  else errors.push(queryError(path, `unknown key (known: ${known.join(', ')})`));
}

function readYaml(text: string): { ok: true; value: unknown } | { ok: false; errors: QueryError[] } {
  if (text.length > MAX_BLOCK_CHARS)
    return {
      ok: false,
      errors: [queryError('block', `block too long (${text.length} characters, at most ${MAX_BLOCK_CHARS})`)],
    };
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { ...CORE_YAML, uniqueKeys: true, prettyErrors: false, lineCounter });
  // Warnings count too: an unresolved tag is almost always an unquoted `!expression`.
  const problems = [...doc.errors, ...doc.warnings];
  if (problems.length > 0) {
    const located = problems.map((e) => ({ e, at: lineCounter.linePos(e.pos[0]) }));
    const tagLines = new Set(located.filter(({ e }) => e.code === 'TAG_RESOLVE_FAILED').map(({ at }) => at.line));
    const errors: QueryError[] = [];
    for (const { e, at } of located.sort((a, b) => a.at.line - b.at.line || a.at.col - b.at.col)) {
      if (!tagLines.has(at.line)) errors.push(queryError('yaml', e.message.split('\n')[0], at.col, at.line));
      else if (e.code === 'TAG_RESOLVE_FAILED') {
        errors.push(
          queryError(
            'yaml',
            'a value starting with "!" must be quoted, as in \'!paused\' (YAML reads a leading ! as a tag)',
            at.col,
            at.line,
          ),
        );
      }
    }
    return { ok: false, errors };
  }
  try {
    return { ok: true, value: doc.toJS({ maxAliasCount: MAX_ALIASES }) };
  } catch (e) {
    // yaml throws here for alias expansion past the cap (a "billion laughs" block): bad input, so a value.
    const detail = e instanceof Error ? e.message : String(e);
    return { ok: false, errors: [queryError('yaml', `the block could not be read: ${detail}`)] };
  }
}

/** The block's views as a list of mappings, or an error. */
function viewList(views: unknown, errors: QueryError[]): Raw[] | null {
  const bad = (found: string): null => {
    errors.push(queryError('views', `expected a list of view mappings, found ${found}`));
    return null;
  };
  if (!Array.isArray(views)) return bad(describeYaml(views));
  if (views.length === 0) return bad('an empty list');
  if (views.length > MAX_VIEWS) return bad(`${views.length} entries (at most ${MAX_VIEWS})`);
  const i = views.findIndex((v) => typeof v !== 'object' || v === null || Array.isArray(v));
  if (i >= 0) return bad(`${describeYaml(views[i])} at views[${i}]`);
  return views as Raw[];
}

/**
 * Merges one Bases view (`{ type, name, order, sort, … }`) into the top-level options, reporting
 * clashes. With several views, the view's `name` names the view (not the block) and paths say which view.
 */
function mergeView(
  top: Raw,
  view: Raw,
  i: number,
  several: boolean,
  errors: QueryError[],
  notes: string[],
): { raw: Raw; viewFilters: unknown; viewName: string | null; origins: Record<string, string> } {
  const renamed: Raw = {};
  const origins: Record<string, string> = {};
  let viewName: string | null = null;
  for (const [key, value] of Object.entries(view)) {
    if (!VIEW_KEYS.includes(key)) {
      unknownKey(`views[${i}].${key}`, key, VIEW_KEYS, errors, notes);
      continue;
    }
    if (key === 'filters') continue;
    if (key === 'name' && several) {
      if (typeof value === 'string') viewName = value;
      else errors.push(queryError(`views[${i}].name`, `expected text, found ${describeYaml(value)}`));
      continue;
    }
    const target = key === 'type' ? 'view' : key === 'order' ? 'fields' : key;
    if (
      top[target] !== undefined ||
      (target === 'view' && top.type !== undefined) ||
      (target === 'fields' && top.order !== undefined)
    ) {
      errors.push(queryError(`views[${i}].${key}`, `given both at the top level and in the view; keep one`));
      continue;
    }
    renamed[target] = value;
    origins[target] = `views[${i}].${key}`;
  }
  if (!several && typeof renamed.name === 'string') viewName = renamed.name;
  if (several && viewName === null) viewName = `View ${i + 1}`;
  return { raw: { ...top, ...renamed }, viewFilters: view.filters, viewName, origins };
}

function combine(a: Compiled | null, b: Compiled | null): Compiled | null {
  if (!a || !b) return a ?? b;
  return (item, env) => a(item, env) === true && b(item, env) === true;
}

function pick(raw: Raw, key: string, alias: string, errors: QueryError[]): [unknown, string] {
  if (raw[key] !== undefined && raw[alias] !== undefined)
    errors.push(queryError(alias, `"${alias}" and "${key}" mean the same; keep one`));
  return raw[key] !== undefined ? [raw[key], key] : [raw[alias], alias];
}

const DEFAULT_COLUMNS: readonly Column[] = [
  { id: 'title', label: 'title', fn: (item, env) => readProperty(item, 'title', env) },
];

/** What every view of a block shares: its formulas, labels and own summaries. */
interface Shared {
  options: CompileOptions;
  labels: Map<string, string>;
  customSummaries: ReadonlyMap<string, SummaryFn>;
}

function parseSummaryRefs(raw: unknown, path: string, shared: Shared, errors: QueryError[]): Summary[] {
  if (raw === null || raw === undefined) return [];
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    errors.push(queryError(path, `expected a mapping of property → summary name, found ${describeYaml(raw)}`));
    return [];
  }
  const out: Summary[] = [];
  for (const [id, name] of Object.entries(raw as Raw)) {
    const at = `${path}.${id}`;
    if (typeof name !== 'string') {
      errors.push(queryError(at, `expected a summary name, found ${describeYaml(name)}`));
      continue;
    }
    const fold = findSummary(name, shared.customSummaries);
    if (!fold) {
      const known = [...Object.keys(DEFAULT_SUMMARIES), ...shared.customSummaries.keys()].join(', ');
      errors.push(queryError(at, `unknown summary "${name}" (known: ${known})`));
      continue;
    }
    const compiled = compileProperty(id, at, shared.options);
    if (!compiled.ok) errors.push(compiled.error);
    else out.push({ id: id.trim(), name, fn: compiled.fn, fold });
  }
  return out;
}

function parseView(
  raw: Raw,
  viewFilters: unknown,
  filterPath: string,
  viewName: string | null,
  shared: Shared,
  errors: QueryError[],
  notes: string[],
  origins: Record<string, string> = {},
): Query {
  const { options, labels } = shared;
  /** Where a key was written: in the view (`views[1].order`) or at the top level. */
  const at = (key: string): string => origins[key] ?? key;
  const filterRefs: FilterRefs = { properties: [], folders: [] };
  const [viewRaw, viewKey] = pick(raw, 'view', 'type', errors);
  const [fieldsRaw, fieldsKey] = pick(raw, 'fields', 'order', errors);
  const fieldsPath = origins[fieldsKey] ?? fieldsKey;
  const name =
    raw.name === undefined
      ? null
      : typeof raw.name === 'string'
        ? raw.name
        : (errors.push(queryError(at('name'), `expected text, found ${describeYaml(raw.name)}`)), null);
  const standIn = typeof viewRaw === 'string' ? lookup(TABLE_STANDINS, viewRaw) : undefined;
  if (standIn) notes.push(`${filterPath.replace(/\.filters$/, '')}: ${standIn}`);
  return {
    name,
    viewName,
    kinds: raw.kind !== undefined ? parseNames(raw.kind, 'kind', errors) : null,
    groups: raw.group !== undefined ? parseNames(raw.group, 'group', errors) : null,
    filter: combine(
      raw.filters !== undefined && raw.filters !== null
        ? parseFilters(raw.filters, 'filters', errors, filterRefs, 0, options)
        : null,
      viewFilters !== undefined && viewFilters !== null
        ? parseFilters(viewFilters, filterPath, errors, filterRefs, 0, options)
        : null,
    ),
    sort: raw.sort !== undefined && raw.sort !== null ? parseSort(raw.sort, at('sort'), errors, options) : [],
    groupBy: raw.groupBy !== undefined ? parseSortKey(raw.groupBy, at('groupBy'), errors, options) : null,
    limit: raw.limit !== undefined ? parseLimit(raw.limit, at('limit'), errors) : null,
    columns:
      fieldsRaw !== undefined && fieldsRaw !== null && !(Array.isArray(fieldsRaw) && fieldsRaw.length === 0)
        ? parseColumns(fieldsRaw, fieldsPath, labels, errors, options)
        : DEFAULT_COLUMNS,
    view: standIn
      ? 'table'
      : viewRaw !== undefined
        ? parseViewType(viewRaw, origins[viewKey] ?? viewKey, errors)
        : 'table',
    dates: raw.dates !== undefined ? parseDates(raw.dates, 'dates', errors, options) : [],
    summaries: parseSummaryRefs(raw.summaries, at('summaries'), shared, errors),
    notes,
    filterRefs,
  };
}

/** Bases' older `display: { property: label }`, read as display names. */
function parseDisplay(raw: unknown, labels: Map<string, string>, errors: QueryError[]): void {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    errors.push(queryError('display', `expected a mapping of property → display name, found ${describeYaml(raw)}`));
    return;
  }
  for (const [id, label] of Object.entries(raw as Raw)) {
    if (typeof label === 'string') labels.set(id, label);
    else errors.push(queryError(`display.${id}`, `expected a display name, found ${describeYaml(label)}`));
  }
}

/**
 * Parses a ```stack block or a `.base` file (YAML, core schema) into compiled queries, one per view
 * (`views:`; a block without views is one view), or every error found, as values. `query` is the first view.
 * @example parseQuery('kind: task\nfilters: status != "done"\nsort: [-urgency]')
 */
export function parseQuery(
  yamlText: string,
): { ok: true; query: Query; views: Query[] } | { ok: false; errors: QueryError[] } {
  const yaml = readYaml(yamlText);
  if (!yaml.ok) return yaml;
  const errors: QueryError[] = [];
  if (yaml.value !== null && (typeof yaml.value !== 'object' || Array.isArray(yaml.value))) {
    return {
      ok: false,
      errors: [
        queryError(
          'block',
          `expected a mapping of options (kind, filters, sort, …), found ${describeYaml(yaml.value)}`,
        ),
      ],
    };
  }
  const raw: Raw = (yaml.value ?? {}) as Raw;
  const topNotes: string[] = [];
  for (const key of Object.keys(raw)) if (!TOP_KEYS.includes(key)) unknownKey(key, key, TOP_KEYS, errors, topNotes);
  const formula = raw.formulas !== undefined ? buildFormulas(raw.formulas, 'formulas', errors, compileSource) : null;
  const options: CompileOptions = formula ? { formula } : {};
  const labels =
    raw.properties !== undefined ? parseLabels(raw.properties, 'properties', errors) : new Map<string, string>();
  if (raw.display !== undefined) parseDisplay(raw.display, labels, errors);
  const views = raw.views === undefined ? null : viewList(raw.views, errors);
  // With views, top-level `summaries` defines the block's own summaries; without, it is the view's summaries.
  const customSummaries =
    views && raw.summaries !== undefined
      ? parseCustomSummaries(raw.summaries, 'summaries', errors, compileSource, options)
      : new Map<string, SummaryFn>();
  const shared: Shared = { options, labels, customSummaries };
  const { views: _views, formulas: _formulas, display: _display, properties: _properties, ...top } = raw;
  void [_views, _formulas, _display, _properties];
  if (views) delete top.summaries;
  const queries: Query[] = [];
  if (!views) {
    if (raw.views === undefined) queries.push(parseView(top, undefined, 'filters', null, shared, errors, topNotes));
  } else {
    views.forEach((view, i) => {
      const notes = [...topNotes];
      const merged = mergeView(top, view, i, views.length > 1, errors, notes);
      queries.push(
        parseView(
          merged.raw,
          merged.viewFilters,
          `views[${i}].filters`,
          merged.viewName,
          shared,
          errors,
          notes,
          merged.origins,
        ),
      );
    });
  }
  return errors.length > 0 || queries.length === 0
    ? { ok: false, errors }
    : { ok: true, query: queries[0], views: queries };
}
