import type * as O from 'obsidian';
import { notImplemented } from './HostError';
import type { Public } from './Public';
import { parsePropertyId, toPropertyId } from './BasesQueryResult';

/**
 * Host-only: one entry of a `.base` file's `views` list: `type`, `name`, `order`, `sort`, `groupBy`,
 * `limit`, plus the option values a view type stores under its own keys.
 */
export interface HostViewEntry {
  type: string;
  name: string;
  order?: string[];
  sort?: Array<{ property: string; direction: string }>;
  groupBy?: { property: string; direction?: string };
  limit?: number;
  [option: string]: unknown;
}

/** The in-memory view entry: option values (`get`/`set`), columns, sort and display names. */
export class BasesViewConfig implements Public<O.BasesViewConfig> {
  name: string;

  constructor(
    /** Host-only: the entry as the `.base` file holds it (`set` writes here). */
    readonly entry: HostViewEntry,
    private readonly properties: Readonly<Record<string, { displayName?: string }>> = {},
  ) {
    this.name = entry.name;
  }

  /** The stored value of an option; undefined when the user never set it (option defaults are the view's to apply). */
  get(key: string): unknown {
    return this.entry[key];
  }

  /** The stored value as a property id (`due` → `note.due`); null when missing or not a property. */
  getAsPropertyId(key: string): O.BasesPropertyId | null {
    return toPropertyId(this.entry[key]);
  }

  getEvaluatedFormula(_view: O.BasesView, _key: string): O.Value {
    throw notImplemented('BasesViewConfig.getEvaluatedFormula');
  }

  /** Stores a value under the view's entry; null removes it. */
  set(key: string, value: unknown): void {
    if (value === null || value === undefined) delete this.entry[key];
    else this.entry[key] = value;
  }

  getOrder(): O.BasesPropertyId[] {
    return (this.entry.order ?? []).map(toPropertyId).filter((p): p is O.BasesPropertyId => p !== null);
  }

  /** The valid sort entries (a property and ASC or DESC); invalid ones are dropped. */
  getSort(): O.BasesSortConfig[] {
    const out: O.BasesSortConfig[] = [];
    for (const s of this.entry.sort ?? []) {
      const property = toPropertyId(s?.property);
      if (property !== null && (s.direction === 'ASC' || s.direction === 'DESC'))
        out.push({ property, direction: s.direction });
    }
    return out;
  }

  /** The user's `displayName` for the property, else its name without the prefix (`file.` ones keep a `file ` word). */
  getDisplayName(propertyId: O.BasesPropertyId): string {
    const { type, name } = parsePropertyId(propertyId);
    const configured =
      this.properties[propertyId]?.displayName ?? (type === 'note' ? this.properties[name]?.displayName : undefined);
    if (typeof configured === 'string' && configured !== '') return configured;
    return type === 'file' ? `file ${name}` : name;
  }

  /** Host-only: the groupBy of the entry as ids, or null. */
  hostGroupBy(): { property: O.BasesPropertyId; direction: 'ASC' | 'DESC' } | null {
    const property = toPropertyId(this.entry.groupBy?.property);
    if (property === null) return null;
    return { property, direction: this.entry.groupBy?.direction === 'DESC' ? 'DESC' : 'ASC' };
  }
}
