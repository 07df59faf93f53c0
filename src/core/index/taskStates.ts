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
 * the index) and open tasks that depend on it. A closed task neither blocks nor is blocked.
 * @example taskContext(index, 'Tasks/Deploy.md') // { blockedBy: 1, blocking: 0 }
 */
export function taskContext(index: ItemIndex, path: string): TaskContext {
  let blockedBy = 0;
  let blocking = 0;
  if (!isOpenTask(index.get(path))) return { blockedBy, blocking };
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
