import { isKind } from '../model/Item';
import { nameKey } from './linkPath';
import type { NoteEntry } from './NoteEntry';
import { PathSets } from './PathSets';

/** Items by kind and group: needed only by lookups, so built on the first one. */
export interface ItemTables {
  readonly kinds: PathSets;
  readonly groups: PathSets;
}

/**
 * The secondary indexes over note entries: by declared `stack:` value, link-target name (for
 * "what links here"), the notes whose kind is unknown, and (from the first lookup on) by kind
 * and group.
 */
export class LookupTables {
  /** Lower-cased `stack:` value → notes declaring it (items and failures). */
  readonly rawKinds = new PathSets();
  /** Lower-cased basename of a link target → notes linking to that name. */
  readonly incoming = new PathSets();
  readonly unknownKind = new Set<string>();
  private items: ItemTables | null = null;

  /** Adds (`sign` 1) or removes (`sign` -1) an entry everywhere; returns the user kind it declares, if any. */
  apply(entry: NoteEntry, sign: 1 | -1): string | undefined {
    const path = entry.path;
    if (entry.rawKind !== undefined) edit(this.rawKinds, entry.rawKind, path, sign);
    if (entry.unknownKind) {
      if (sign > 0) this.unknownKind.add(path);
      else this.unknownKind.delete(path);
    }
    if (this.items !== null) editItems(this.items, entry, sign);
    const item = entry.item;
    if (!item) return undefined;
    for (const link of item.links) edit(this.incoming, nameKey(link.target), path, sign);
    // The parser looks user kinds up by lower-cased name.
    return isKind(item, 'kind') ? item.data.name.toLowerCase() : undefined;
  }

  /** The kind and group tables, built from `entries` (every entry held) on first use. */
  itemTables(entries: Iterable<NoteEntry>): ItemTables {
    if (this.items === null) {
      const tables = { kinds: new PathSets(), groups: new PathSets() };
      for (const entry of entries) editItems(tables, entry, 1);
      this.items = tables;
    }
    return this.items;
  }

  /** Item counts by kind and by group of `entries` (every entry held), without building the tables. */
  itemCounts(entries: Iterable<NoteEntry>): { byKind: Record<string, number>; byGroup: Record<string, number> } {
    if (this.items !== null) return { byKind: this.items.kinds.counts(), byGroup: this.items.groups.counts() };
    const byKind: Record<string, number> = {};
    const byGroup: Record<string, number> = {};
    for (const entry of entries) {
      const item = entry.item;
      if (!item) continue;
      byKind[item.kind] = (byKind[item.kind] ?? 0) + 1;
      byGroup[item.group] = (byGroup[item.group] ?? 0) + 1;
    }
    return { byKind, byGroup };
  }

  /** Forgets everything. */
  clear(): void {
    this.rawKinds.clear();
    this.incoming.clear();
    this.unknownKind.clear();
    this.items = null;
  }
}

/** Adds or removes an entry's item in the kind and group tables (inline tasks are listed without an entry each). */
function editItems(tables: ItemTables, entry: NoteEntry, sign: 1 | -1): void {
  const item = entry.item;
  if (!item) return;
  edit(tables.kinds, item.kind, entry.path, sign);
  edit(tables.groups, item.group, entry.path, sign);
}

/** Adds (`sign` 1) or removes (`sign` -1) `path` under `key`: a function, not a closure per entry. */
function edit(sets: PathSets, key: string, path: string, sign: 1 | -1): void {
  if (sign > 0) sets.add(key, path);
  else sets.delete(key, path);
}
