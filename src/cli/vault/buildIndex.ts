import { ItemIndex } from '../../core/index/ItemIndex';
import type { IndexNoteInput } from '../../core/index/types';
import type { TasksSettings } from '../../core/inline/TasksSettings';

/**
 * Builds the index from item inputs in one bulk load. The index resolves links by note name, so
 * a plain note whose name no item links to cannot change any result: the other notes are passed
 * as link targets, added only when an item links to their name, which keeps a vault of mostly
 * plain notes cheap to index. Checklist lines read as inline tasks under `tasks` (Tasks' settings).
 */
export function buildIndex(
  notes: readonly string[],
  items: readonly IndexNoteInput[],
  tasks?: TasksSettings,
): ItemIndex {
  const index = new ItemIndex({ tasks });
  index.upsertMany(items, notes);
  return index;
}
