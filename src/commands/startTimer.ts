import type { Command } from 'obsidian';
import type { Item } from '../core/model/Item';
import { runningInterval, timedItem } from '../core/time/timerActions';
import type { PluginContext } from '../obsidian/PluginContext';
import { chooseItem, itemChoice } from './itemChoices';

/** Starts a timer on an open task or an active habit (tasks in progress first); the running one stops unless concurrent timers are allowed. */
export function startTimerCommand(ctx: PluginContext): Command {
  return {
    id: 'start-timer',
    name: 'Start a timer',
    callback: () => {
      const candidates: Array<{ item: Item; rank: number; note: string }> = [];
      for (const item of ctx.source.index.items()) {
        const timed = timedItem(item);
        if (timed === null || runningInterval(timed) !== undefined) continue;
        if (item.data.type === 'task') {
          const status = item.data.status;
          if (status === 'done' || status === 'cancelled') continue;
          candidates.push({
            item,
            rank: status === 'doing' ? 0 : 1,
            note: status === 'doing' ? 'task, in progress' : 'task',
          });
        } else if (item.data.type === 'habit' && item.data.paused === undefined) {
          candidates.push({ item, rank: 2, note: 'habit' });
        }
      }
      candidates.sort(
        (a, b) => a.rank - b.rank || (a.item.title < b.item.title ? -1 : a.item.title > b.item.title ? 1 : 0),
      );
      chooseItem(
        ctx,
        candidates.map((c) => itemChoice(c.item, c.note)),
        'Task or habit to time…',
        'No open task or active habit to time.',
        (item) => ctx.actions.startTimer(item.path),
      );
    },
  };
}
