import { taskState, type TaskContext, type TaskState } from '../kinds/task';
import { isKind, type Item } from '../model/Item';
import type { ItemIndex } from './ItemIndex';

const DEPENDS = 'depends';

function isOpenTask(item: Item | undefined): boolean {
  return (
    item !== undefined &&
    isKind(item, 'task') &&
    (item.data.status === 'todo' || item.data.status === 'doing' || item.data.status === 'waiting')
  );
}

/**
 * A task's place in the dependency graph: open tasks it depends on (`depends` links resolved by
 * the index) and open tasks that depend on it; for an inline task, Obsidian Tasks' ⛔ ids matched
 * to 🆔 ids. A closed task neither blocks nor is blocked.
 * @example taskContext(index, 'Tasks/Deploy.md') // { blockedBy: 1, blocking: 0 }
 */
export function taskContext(index: ItemIndex, path: string): TaskContext {
  let blockedBy = 0;
  let blocking = 0;
  const item = index.get(path);
  if (!isOpenTask(item)) return { blockedBy, blocking };
  const inline = item?.inline;
  if (inline !== undefined) {
    // Obsidian Tasks' dependencies: ⛔ ids name the 🆔 of other tasks, anywhere in the vault.
    for (const id of inline.dependsOn)
      for (const other of index.inlineTasksWithId(id)) if (other.path !== path && isOpenTask(other)) blockedBy++;
    if (inline.id !== undefined)
      for (const other of index.inlineTasksDependingOn(inline.id))
        if (other.path !== path && isOpenTask(other)) blocking++;
    return { blockedBy, blocking };
  }
  for (const edge of index.linksFrom(path))
    if (edge.field === DEPENDS && edge.to !== path && isOpenTask(index.get(edge.to))) blockedBy++;
  for (const edge of index.linksTo(path))
    if (edge.field === DEPENDS && edge.from !== path && isOpenTask(index.get(edge.from))) blocking++;
  return { blockedBy, blocking };
}

/**
 * The derived state of every task on `today` (and at `now`, for due times), by path, with dependency counts from the index.
 * @example taskStates(index, '2026-11-28').get('Tasks/Deploy.md')?.overdue
 */
export function taskStates(index: ItemIndex, today: string, now?: string): Map<string, TaskState> {
  const out = new Map<string, TaskState>();
  for (const item of index.byKind('task')) {
    if (isKind(item, 'task')) out.set(item.path, taskState(item, today, taskContext(index, item.path), now));
  }
  return out;
}
