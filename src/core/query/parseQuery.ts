import { LineCounter, parseDocument } from 'yaml';
import type { Compiled } from './Compiled';
import type { FilterRefs } from './filterRefs';
import { parseFilters } from './parseFilters';
import {
  parseColumns,
  parseDates,
  parseLabels,
  parseLimit,
  parseNames,
  parseSort,
  parseSortKey,
  parseView,
} from './parseParts';
import type { Column, Query, QueryError } from './Query';
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
];
const VIEW_KEYS = ['type', 'name', 'filters', 'order', 'sort', 'groupBy', 'limit'];
/** Bases view options that change only how Bases lays a view out, never which rows or columns it has: accepted and ignored. */
const DISPLAY_ONLY = [
  'columnSize',
  'display',
  'image',
  'imageFit',
  'imageAspectRatio',
  'cardSize',
  'summaries',
  'rowHeight',
  'coordinates',
  'defaultZoom',
  'markerIcon',
  'markerColor',
];
const MAX_ALIASES = 100;
/** Far beyond any real block; bounds the work a hostile block can cause. */
const MAX_BLOCK_CHARS = 100_000;

/** Options read from the block, after a single Bases `views:` entry is merged in. */
type Raw = Record<string, unknown>;

/** An error for a key outside `known`, or a note when it is a Bases display option (ignored, not an error). */
function unknownKey(path: string, key: string, known: readonly string[], errors: QueryError[], notes: string[]): void {
  if (DISPLAY_ONLY.includes(key)) notes.push(`${path} is a Bases display option; ignored`);
  else if (key === 'formulas')
    errors.push(
      queryError(path, 'formulas are not supported in stack blocks; write the expression in filters or fields'),
    );
  else errors.push(queryError(path, `unknown key (known: ${known.join(', ')})`));
}

function readYaml(text: string): { ok: true; value: unknown } | { ok: false; errors: QueryError[] } {
  if (text.length > MAX_BLOCK_CHARS)
    return {
      ok: false,
      errors: [queryError('block', `block too long (${text.length} characters, at most ${MAX_BLOCK_CHARS})`)],
    };
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { schema: 'core', uniqueKeys: true, prettyErrors: false, lineCounter });
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

/** Merges a single Bases view (`views: [ { type, order, sort, … } ]`) into the top level, reporting clashes. */
function mergeView(top: Raw, errors: QueryError[], notes: string[]): { raw: Raw; viewFilters: unknown } {
  const views = top.views;
  const { views: _dropped, ...rest } = top;
  void _dropped;
  if (
    !Array.isArray(views) ||
    views.length !== 1 ||
    typeof views[0] !== 'object' ||
    views[0] === null ||
    Array.isArray(views[0])
  ) {
    const found = Array.isArray(views) ? `${views.length} entries` : describeYaml(views);
    errors.push(
      queryError('views', `a stack block shows one view: expected a list with one view mapping, found ${found}`),
    );
    return { raw: rest, viewFilters: undefined };
  }
  const view = views[0] as Raw;
  const renamed: Raw = {};
  for (const [key, value] of Object.entries(view)) {
    if (!VIEW_KEYS.includes(key)) {
      unknownKey(`views[0].${key}`, key, VIEW_KEYS, errors, notes);
      continue;
    }
    if (key === 'filters') continue;
    const target = key === 'type' ? 'view' : key === 'order' ? 'fields' : key;
    if (
      rest[target] !== undefined ||
      (target === 'view' && rest.type !== undefined) ||
      (target === 'fields' && rest.order !== undefined)
    ) {
      errors.push(queryError(`views[0].${key}`, `given both at the top level and in the view; keep one`));
      continue;
    }
    renamed[target] = value;
  }
  return { raw: { ...rest, ...renamed }, viewFilters: view.filters };
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

/**
 * Parses a ```stack block (YAML, core schema) into a compiled query, or every error found, as values.
 * @example parseQuery('kind: task\nfilters: status != "done"\nsort: [-urgency]')
 */
export function parseQuery(yamlText: string): { ok: true; query: Query } | { ok: false; errors: QueryError[] } {
  const yaml = readYaml(yamlText);
  if (!yaml.ok) return yaml;
  const errors: QueryError[] = [];
  const notes: string[] = [];
  const filterRefs: FilterRefs = { properties: [], folders: [] };
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
  let raw: Raw = (yaml.value ?? {}) as Raw;
  for (const key of Object.keys(raw)) if (!TOP_KEYS.includes(key)) unknownKey(key, key, TOP_KEYS, errors, notes);
  let viewFilters: unknown;
  if (raw.views !== undefined) ({ raw, viewFilters } = mergeView(raw, errors, notes));

  const labels =
    raw.properties !== undefined ? parseLabels(raw.properties, 'properties', errors) : new Map<string, string>();
  const [viewRaw, viewKey] = pick(raw, 'view', 'type', errors);
  const [fieldsRaw, fieldsKey] = pick(raw, 'fields', 'order', errors);
  const name =
    raw.name === undefined
      ? null
      : typeof raw.name === 'string'
        ? raw.name
        : (errors.push(queryError('name', `expected text, found ${describeYaml(raw.name)}`)), null);
  const query: Query = {
    name,
    kinds: raw.kind !== undefined ? parseNames(raw.kind, 'kind', errors) : null,
    groups: raw.group !== undefined ? parseNames(raw.group, 'group', errors) : null,
    filter: combine(
      raw.filters !== undefined && raw.filters !== null
        ? parseFilters(raw.filters, 'filters', errors, filterRefs)
        : null,
      viewFilters !== undefined && viewFilters !== null
        ? parseFilters(viewFilters, 'views[0].filters', errors, filterRefs)
        : null,
    ),
    sort: raw.sort !== undefined && raw.sort !== null ? parseSort(raw.sort, 'sort', errors) : [],
    groupBy: raw.groupBy !== undefined ? parseSortKey(raw.groupBy, 'groupBy', errors) : null,
    limit: raw.limit !== undefined ? parseLimit(raw.limit, 'limit', errors) : null,
    columns:
      fieldsRaw !== undefined && fieldsRaw !== null && !(Array.isArray(fieldsRaw) && fieldsRaw.length === 0)
        ? parseColumns(fieldsRaw, fieldsKey, labels, errors)
        : DEFAULT_COLUMNS,
    view: viewRaw !== undefined ? parseView(viewRaw, viewKey, errors) : 'table',
    dates: raw.dates !== undefined ? parseDates(raw.dates, 'dates', errors) : [],
    notes,
    filterRefs,
  };
  return errors.length > 0 ? { ok: false, errors } : { ok: true, query };
}
