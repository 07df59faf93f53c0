import type { CompileOptions } from './compileExpression';
import { compileProperty } from './compileSource';
import type { Column, PropertyRef, QueryError, SortKey, ViewType } from './Query';
import { VIEW_TYPES } from './Query';
import { describeYaml, queryError } from './queryError';

function isMapping(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** `kind:` / `group:` selectors: a name or a non-empty list of names. */
export function parseNames(raw: unknown, path: string, errors: QueryError[]): string[] | null {
  const list = typeof raw === 'string' ? [raw] : raw;
  if (!Array.isArray(list) || list.length === 0) {
    errors.push(queryError(path, `expected a name or a list of names, found ${describeYaml(raw)}`));
    return null;
  }
  const names: string[] = [];
  list.forEach((n, i) => {
    if (typeof n === 'string' && n.trim() !== '') names.push(n.trim());
    else errors.push(queryError(`${path}[${i}]`, `expected a name, found ${describeYaml(n)}`));
  });
  return names;
}

function propertyRef(
  raw: unknown,
  path: string,
  errors: QueryError[],
  options: CompileOptions = {},
): PropertyRef | null {
  if (typeof raw !== 'string' || raw.trim() === '') {
    errors.push(queryError(path, `expected a property name, found ${describeYaml(raw)}`));
    return null;
  }
  const compiled = compileProperty(raw, path, options);
  if (!compiled.ok) {
    errors.push(compiled.error);
    return null;
  }
  return { id: raw.trim(), fn: compiled.fn };
}

function parseDirection(raw: unknown, path: string, errors: QueryError[]): 'ASC' | 'DESC' | null {
  if (raw === undefined || raw === null) return 'ASC';
  const d = typeof raw === 'string' ? raw.toUpperCase() : '';
  if (d === 'ASC' || d === 'DESC') return d;
  errors.push(queryError(path, `expected ASC or DESC, found ${describeYaml(raw)}`));
  return null;
}

/**
 * One sort key or `groupBy`: a mapping `{ property, direction }` (Bases; `column` is accepted as an
 * older spelling of `property`), or a shorthand string: `due` ascending, `-due` descending.
 */
export function parseSortKey(
  raw: unknown,
  path: string,
  errors: QueryError[],
  options: CompileOptions = {},
): SortKey | null {
  if (typeof raw === 'string') {
    const spelled = /^(\S+)\s+(asc|desc)$/i.exec(raw.trim());
    if (spelled) {
      const hint = spelled[2].toUpperCase() === 'DESC' ? `-${spelled[1]}` : spelled[1];
      errors.push(
        queryError(
          path,
          `write "${hint}" or { property: ${spelled[1]}, direction: ${spelled[2].toUpperCase()} } to give a direction`,
        ),
      );
      return null;
    }
    const desc = raw.trim().startsWith('-');
    const ref = propertyRef(desc ? raw.trim().slice(1) : raw, path, errors, options);
    return ref ? { ...ref, direction: desc ? 'DESC' : 'ASC' } : null;
  }
  if (!isMapping(raw)) {
    errors.push(
      queryError(
        path,
        `expected { property, direction } or a property name (prefix "-" for descending), found ${describeYaml(raw)}`,
      ),
    );
    return null;
  }
  const unknown = Object.keys(raw).filter((k) => !['property', 'column', 'direction'].includes(k));
  if (unknown.length > 0) errors.push(queryError(`${path}.${unknown[0]}`, `unknown key (known: property, direction)`));
  const propKey = raw.property !== undefined ? 'property' : 'column';
  const ref = propertyRef(raw[propKey], `${path}.${propKey}`, errors, options);
  const direction = parseDirection(raw.direction, `${path}.direction`, errors);
  return ref && direction ? { ...ref, direction } : null;
}

/** `sort:` a list of sort keys (a single key is accepted too). */
export function parseSort(raw: unknown, path: string, errors: QueryError[], options: CompileOptions = {}): SortKey[] {
  const list = Array.isArray(raw) ? raw : [raw];
  return list.flatMap(
    (entry, i) => parseSortKey(entry, Array.isArray(raw) ? `${path}[${i}]` : path, errors, options) ?? [],
  );
}

/** `fields:` (Bases' `order`): the columns to show, labelled by `properties.<id>.displayName` when given. */
export function parseColumns(
  raw: unknown,
  path: string,
  labels: ReadonlyMap<string, string>,
  errors: QueryError[],
  options: CompileOptions = {},
): Column[] {
  const list = typeof raw === 'string' ? [raw] : raw;
  if (!Array.isArray(list)) {
    errors.push(queryError(path, `expected a list of property names, found ${describeYaml(raw)}`));
    return [];
  }
  return list.flatMap((entry, i) => {
    const ref = propertyRef(entry, typeof raw === 'string' ? path : `${path}[${i}]`, errors, options);
    return ref ? [{ ...ref, label: labels.get(ref.id) ?? labels.get(`note.${ref.id}`) ?? ref.id }] : [];
  });
}

/** `dates:` a property name or a list of them. */
export function parseDates(
  raw: unknown,
  path: string,
  errors: QueryError[],
  options: CompileOptions = {},
): PropertyRef[] {
  const list = Array.isArray(raw) ? raw : [raw];
  return list.flatMap(
    (entry, i) => propertyRef(entry, Array.isArray(raw) ? `${path}[${i}]` : path, errors, options) ?? [],
  );
}

/** `view:` (or Bases' `type:`) one of the view types. */
export function parseViewType(raw: unknown, path: string, errors: QueryError[]): ViewType {
  if (typeof raw === 'string' && (VIEW_TYPES as readonly string[]).includes(raw)) return raw as ViewType;
  errors.push(queryError(path, `unknown view ${describeYaml(raw)} (known: ${VIEW_TYPES.join(', ')})`));
  return 'table';
}

/** `properties:` Bases' display names: `{ <id>: { displayName } }`. */
export function parseLabels(raw: unknown, path: string, errors: QueryError[]): Map<string, string> {
  const labels = new Map<string, string>();
  if (!isMapping(raw)) {
    errors.push(queryError(path, `expected a mapping of property → { displayName }, found ${describeYaml(raw)}`));
    return labels;
  }
  for (const [id, spec] of Object.entries(raw)) {
    if (isMapping(spec) && typeof spec.displayName === 'string' && Object.keys(spec).length === 1)
      labels.set(id, spec.displayName);
    else errors.push(queryError(`${path}.${id}`, `expected { displayName: text }, found ${describeYaml(spec)}`));
  }
  return labels;
}

/** `limit:` a positive whole number. */
export function parseLimit(raw: unknown, path: string, errors: QueryError[]): number | null {
  if (typeof raw === 'number' && Number.isInteger(raw) && raw > 0) return raw;
  errors.push(queryError(path, `expected a positive whole number, found ${describeYaml(raw)}`));
  return null;
}
