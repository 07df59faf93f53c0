import { ItemIndex } from '../../core/index/ItemIndex';
import type { IndexNoteInput } from '../../core/index/types';

/**
 * Builds the index from item inputs in one bulk load. The index resolves links by note name, so
 * a plain note whose name no item links to cannot change any result: the other notes are passed
 * as link targets, added only when an item links to their name, which keeps a vault of mostly
 * plain notes cheap to index.
 */
export function buildIndex(notes: readonly string[], items: readonly IndexNoteInput[]): ItemIndex {
  const index = new ItemIndex();
  index.upsertMany(items, notes);
  return index;
}
