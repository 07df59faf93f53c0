import type { App, BasesEntry, BasesQueryResult, Value } from 'obsidian';
import type { BaseRow, BaseRowGroup, BaseValue } from '../../core/bases/BaseRow';
import type { ItemIndex } from '../../core/index/ItemIndex';

/**
 * A Base's result as the views' rows, in the Base's groups and order. `note.` properties are read
 * from the note's frontmatter as Obsidian cached it (plain YAML values, as the index reads them);
 * `file.` and `formula.` ones through the entry's values. The item is the index's item at the path.
 */
export function rowGroupsOf(app: App, index: ItemIndex, result: BasesQueryResult): BaseRowGroup[] {
  return result.groupedData.map((group) => ({
    label: group.hasKey() ? (group.key?.toString() ?? null) : null,
    rows: group.entries.map((entry) => rowOf(app, index, entry)),
  }));
}

/** One entry as a row. */
export function rowOf(app: App, index: ItemIndex, entry: BasesEntry): BaseRow {
  const file = entry.file;
  const item = index.get(file.path);
  let frontmatter: Record<string, unknown> | null = null;
  return {
    path: file.path,
    title: item?.title ?? file.basename,
    item,
    value: (property) => {
      if (property.startsWith('note.')) {
        frontmatter ??= (app.metadataCache.getFileCache(file)?.frontmatter ?? {}) as Record<string, unknown>;
        return plain(frontmatter[property.slice(5)]);
      }
      return fromValue(entry.getValue(property as `file.${string}`));
    },
  };
}

/** A frontmatter value as a BaseValue (mappings become their JSON text). */
function plain(raw: unknown): BaseValue {
  if (raw === null || raw === undefined) return undefined;
  if (typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean') return raw;
  if (Array.isArray(raw)) return raw.map(plain);
  return JSON.stringify(raw);
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
