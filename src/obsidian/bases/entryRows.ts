import type { App, BasesEntry, BasesQueryResult, Value } from 'obsidian';
import { lazyGroup, plainValue, type BaseRow, type BaseRowGroup, type BaseValue } from '../../core/bases/BaseRow';
import type { Item } from '../../core/model/Item';
import type { ItemIndex } from '../../core/index/ItemIndex';

/**
 * A Base's result as the views' rows, in the Base's groups and order. `note.` properties are read
 * from the note's frontmatter as Obsidian cached it (plain YAML values, as the index reads them);
 * `file.` and `formula.` ones through the entry's values. The item is the index's item at the path.
 */
export function rowGroupsOf(app: App, index: ItemIndex, result: BasesQueryResult): BaseRowGroup[] {
  return result.groupedData.map((group) =>
    lazyGroup(group.hasKey() ? (group.key?.toString() ?? null) : null, group.entries.length, (i) =>
      rowOf(app, index, group.entries[i]),
    ),
  );
}

/**
 * One entry as a row. The item, title and frontmatter are looked up on first use, so rows a view
 * only counts cost next to nothing.
 */
export function rowOf(app: App, index: ItemIndex, entry: BasesEntry): BaseRow {
  return new EntryRow(app, index, entry);
}

class EntryRow implements BaseRow {
  readonly path: string;
  private itemRead = false;
  private itemAt: Item | undefined;
  private fm: Readonly<Record<string, unknown>> | null = null;

  constructor(
    private readonly app: App,
    private readonly index: ItemIndex,
    private readonly entry: BasesEntry,
  ) {
    this.path = entry.file.path;
  }

  get item(): Item | undefined {
    if (!this.itemRead) {
      this.itemAt = this.index.get(this.path);
      this.itemRead = true;
    }
    return this.itemAt;
  }

  get title(): string {
    return this.item?.title ?? this.entry.file.basename;
  }

  get frontmatter(): Readonly<Record<string, unknown>> {
    this.fm ??= (this.app.metadataCache.getFileCache(this.entry.file)?.frontmatter ?? {}) as Record<string, unknown>;
    return this.fm;
  }

  value(property: string): BaseValue {
    if (property.startsWith('note.')) return plainValue(this.frontmatter[property.slice(5)]);
    return fromValue(this.entry.getValue(property as `file.${string}`));
  }
}

/** A Bases value as a BaseValue: lists element by element, the null value (empty text) as missing, others as text. */
function fromValue(value: Value | null): BaseValue {
  if (value === null) return undefined;
  const list = value as Partial<{ length(): number; get(i: number): Value }>;
  if (typeof list.length === 'function' && typeof list.get === 'function') {
    const out: BaseValue[] = [];
    for (let i = 0; i < list.length(); i++) out.push(fromValue(list.get(i)));
    return out;
  }
  const text = value.toString();
  return text === '' && !value.isTruthy() ? undefined : text;
}
