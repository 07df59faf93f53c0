import { Notice, type Command } from 'obsidian';
import { runningInterval, runningTimers } from '../core/time/timerActions';
import type { PluginContext } from '../obsidian/PluginContext';
import { chooseItem, itemChoice } from './itemChoices';

/** Stops the running timer; with several running (concurrent timers), asks which. */
export function stopTimerCommand(ctx: PluginContext): Command {
  return {
    id: 'stop-timer',
    name: 'Stop the timer',
    callback: () => {
      const running = runningTimers(ctx.source.index.items());
      const only = running.length === 1 ? running[0] : undefined;
      if (only !== undefined) {
        void ctx.actions.stopTimer(only.path);
        return;
      }
      if (running.length === 0) {
        new Notice('No timer is running.');
        return;
      }
      const items = running.flatMap((t) => {
        const item = ctx.source.index.get(t.path);
        return item === undefined ? [] : [itemChoice(item, `since ${runningInterval(t)?.start.slice(11) ?? ''}`)];
      });
      chooseItem(ctx, items, 'Timer to stop…', 'No timer is running.', (item) => ctx.actions.stopTimer(item.path));
    },
  };
}
