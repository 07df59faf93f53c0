import { isKind } from '../model/Item';
import { nameKey } from './linkPath';
import type { NoteEntry } from './NoteEntry';
import { PathSets } from './PathSets';
import { tagKeys } from './tagKeys';

/**
 * The secondary indexes over note entries: by kind, group, tag (with parents), declared
 * `stack:` value, link-target name (for "what links here"), and the notes whose kind is unknown.
 */
export class LookupTables {
  readonly kinds = new PathSets();
  readonly groups = new PathSets();
  readonly tags = new PathSets();
  /** Lower-cased `stack:` value → notes declaring it (items and failures). */
  readonly rawKinds = new PathSets();
  /** Lower-cased basename of a link target → notes linking to that name. */
  readonly incoming = new PathSets();
  readonly unknownKind = new Set<string>();

  /** Adds (`sign` 1) or removes (`sign` -1) an entry everywhere; returns the user kind it declares, if any. */
  apply(entry: NoteEntry, sign: 1 | -1): string | undefined {
    const path = entry.path;
    if (entry.rawKind !== undefined) edit(this.rawKinds, entry.rawKind, path, sign);
    if (entry.unknownKind) {
      if (sign > 0) this.unknownKind.add(path);
      else this.unknownKind.delete(path);
    }
    // Inline tasks are all `task`/`workflow`: the index lists them with those without a table entry each.
    for (const task of entry.inline ?? []) for (const key of tagKeys(task.tags)) edit(this.tags, key, task.path, sign);
    const item = entry.item;
    if (!item) return undefined;
    edit(this.kinds, item.kind, path, sign);
    edit(this.groups, item.group, path, sign);
    for (const key of tagKeys(item.tags)) edit(this.tags, key, path, sign);
    for (const link of item.links) edit(this.incoming, nameKey(link.target), path, sign);
    // The parser looks user kinds up by lower-cased name.
    return isKind(item, 'kind') ? item.data.name.toLowerCase() : undefined;
  }

  /** Forgets everything. */
  clear(): void {
    for (const sets of [this.kinds, this.groups, this.tags, this.rawKinds, this.incoming]) sets.clear();
    this.unknownKind.clear();
  }
}

/** Adds (`sign` 1) or removes (`sign` -1) `path` under `key`: a function, not a closure per entry. */
function edit(sets: PathSets, key: string, path: string, sign: 1 | -1): void {
  if (sign > 0) sets.add(key, path);
  else sets.delete(key, path);
}
