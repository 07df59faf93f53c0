import type * as O from 'obsidian';
import { notImplemented } from './HostError';
import type { Public } from './Public';
import type { TFile } from './TAbstractFile';
import { DateValue, NullValue, NumberValue, StringValue, wrapValue } from './values';

/** Host-only: a formula as a function of the entry (the host does not evaluate Bases expressions). */
export type HostFormula = (entry: O.BasesEntry) => unknown;

/** Splits `note.x`, `file.x` or `formula.x`; a bare name is a note property, as in a `.base` file. */
export function parsePropertyId(propertyId: O.BasesPropertyId): O.BasesProperty {
  const dot = propertyId.indexOf('.');
  const type = propertyId.slice(0, dot);
  if (type === 'note' || type === 'file' || type === 'formula') return { type, name: propertyId.slice(dot + 1) };
  return { type: 'note', name: propertyId };
}

/** Host-only: a property as the `.base` file writes it (`due`, `note.due`, `file.name`) as a full id, or null. */
export function toPropertyId(value: unknown): O.BasesPropertyId | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  const { type, name } = parsePropertyId(value.trim() as O.BasesPropertyId);
  return name === '' ? null : `${type}.${name}`;
}

/**
 * One row of a Base: a file and its values. `note.x` wraps the frontmatter value (missing: the null
 * value); `file.x` gives name, basename, path, folder, ext, size, ctime and mtime; `formula.x` runs the
 * host formula; anything else is null.
 */
export class BasesEntry implements Public<O.BasesEntry> {
  constructor(
    readonly file: TFile,
    private readonly frontmatter: Record<string, unknown>,
    private readonly formulas: Readonly<Record<string, HostFormula>>,
  ) {}

  getValue(propertyId: O.BasesPropertyId): O.Value | null {
    const { type, name } = parsePropertyId(propertyId);
    if (type === 'note') return wrapValue(this.frontmatter[name]);
    if (type === 'formula') {
      const formula = this.formulas[name];
      return formula ? wrapValue(formula(this)) : null;
    }
    return this.fileValue(name);
  }

  private fileValue(name: string): O.Value | null {
    const f = this.file;
    switch (name) {
      case 'name':
        return new StringValue(f.name);
      case 'basename':
        return new StringValue(f.basename);
      case 'path':
        return new StringValue(f.path);
      case 'folder':
        return new StringValue(f.parent?.path ?? '');
      case 'ext':
        return new StringValue(f.extension);
      case 'size':
        return new NumberValue(f.stat.size);
      case 'ctime':
        return new DateValue(new Date(f.stat.ctime), true);
      case 'mtime':
        return new DateValue(new Date(f.stat.mtime), true);
      default:
        return null;
    }
  }
}

/** The entries sharing one value of the groupBy property; `key` is the null value for entries without one. */
export class BasesEntryGroup implements Public<O.BasesEntryGroup> {
  constructor(
    readonly key: O.Value | undefined,
    readonly entries: O.BasesEntry[],
  ) {}

  hasKey(): boolean {
    return this.key !== undefined && !(this.key instanceof NullValue);
  }
}

/** A query's result: sorted and limited `data`, the same grouped by the view's groupBy, and the visible properties. */
export class BasesQueryResult implements Public<O.BasesQueryResult> {
  constructor(
    readonly data: O.BasesEntry[],
    private readonly groupBy: { property: O.BasesPropertyId; direction: 'ASC' | 'DESC' } | null,
    private readonly order: O.BasesPropertyId[],
  ) {}

  /** One group per key (by text, ASC or DESC, entries without a key last); one keyless group without groupBy. */
  get groupedData(): O.BasesEntryGroup[] {
    const groupBy = this.groupBy;
    if (groupBy === null) return [new BasesEntryGroup(undefined, [...this.data])];
    const groups = new Map<string, { key: O.Value; entries: O.BasesEntry[] }>();
    for (const entry of this.data) {
      const key = entry.getValue(groupBy.property) ?? NullValue.value;
      const text = key instanceof NullValue ? '\u0000null' : key.toString();
      const group = groups.get(text);
      if (group) group.entries.push(entry);
      else groups.set(text, { key, entries: [entry] });
    }
    const sign = groupBy.direction === 'DESC' ? -1 : 1;
    return [...groups.values()]
      .sort((a, b) => compareValues(a.key, b.key, sign))
      .map((g) => new BasesEntryGroup(g.key, g.entries));
  }

  get properties(): O.BasesPropertyId[] {
    return [...this.order];
  }

  getSummaryValue(
    _queryController: O.QueryController,
    _entries: O.BasesEntry[],
    _prop: O.BasesPropertyId,
    _summaryKey: string,
  ): O.Value {
    throw notImplemented('BasesQueryResult.getSummaryValue');
  }
}

/** Orders values for sorting: null values last whatever the direction, numbers and dates by magnitude, text by code points. */
export function compareValues(a: O.Value, b: O.Value, sign: 1 | -1): number {
  const aNull = a instanceof NullValue;
  const bNull = b instanceof NullValue;
  if (aNull || bNull) return aNull === bNull ? 0 : aNull ? 1 : -1;
  if (a instanceof NumberValue && b instanceof NumberValue) return sign * (a.value - b.value);
  if (a instanceof DateValue && b instanceof DateValue) return sign * (a.date.getTime() - b.date.getTime());
  const x = a.toString();
  const y = b.toString();
  return sign * (x < y ? -1 : x > y ? 1 : 0);
}
