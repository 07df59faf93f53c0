import type { Command } from 'obsidian';
import { runningInterval, timedItem } from '../core/time/timerActions';
import type { PluginContext } from '../obsidian/PluginContext';
import { chooseItem, itemChoice } from './itemChoices';

/** Starts a timer on an open task or an active habit; the running one stops unless concurrent timers are allowed. */
export function startTimerCommand(ctx: PluginContext): Command {
  return {
    id: 'start-timer',
    name: 'Start a timer',
    callback: () => {
      const items = ctx.source.index.items().filter((item) => {
        const timed = timedItem(item);
        const d = item.data;
        const closed =
          d.type === 'task'
            ? d.status === 'done' || d.status === 'cancelled'
            : d.type === 'habit' && d.paused !== undefined;
        return timed !== null && !closed && runningInterval(timed) === undefined;
      });
      chooseItem(
        ctx,
        items.map((item) => itemChoice(item, item.kind)),
        'Task or habit to time…',
        'No open task or active habit to time.',
        (item) => ctx.actions.startTimer(item.path),
      );
    },
  };
}
