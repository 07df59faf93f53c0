import type { Command } from 'obsidian';
import { taskStates } from '../core/index/taskStates';
import type { Item } from '../core/model/Item';
import type { PluginContext } from '../obsidian/PluginContext';
import { chooseItem, itemChoice } from './itemChoices';

/** Completes an open task, most urgent first; a recurring task moves to its next occurrence. */
export function completeTaskCommand(ctx: PluginContext): Command {
  return {
    id: 'complete-task',
    name: 'Complete a task',
    callback: () => {
      const today = ctx.clock.today();
      const states = taskStates(ctx.source.index, today);
      const open: Array<{ item: Item; urgency: number; note: string | undefined }> = [];
      for (const item of ctx.source.index.byKind('task')) {
        const state = states.get(item.path);
        if (!state?.open) continue;
        const due = state.dueInDays;
        const note =
          due === undefined
            ? undefined
            : due < 0
              ? `overdue by ${-due} day${due === -1 ? '' : 's'}`
              : due === 0
                ? 'due today'
                : `due in ${due} day${due === 1 ? '' : 's'}`;
        open.push({ item, urgency: state.urgency, note });
      }
      open.sort(
        (a, b) => b.urgency - a.urgency || (a.item.title < b.item.title ? -1 : a.item.title > b.item.title ? 1 : 0),
      );
      chooseItem(
        ctx,
        open.map((t) => itemChoice(t.item, t.note)),
        'Task to complete…',
        'No open tasks.',
        (task) => ctx.actions.completeTask(task.path),
      );
    },
  };
}
