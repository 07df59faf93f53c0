import { Notice } from 'obsidian';
import { runningTimers } from '../core/time/timerActions';
import { ChoiceModal } from './modals/ChoiceModal';
import type { PluginContext } from './PluginContext';

/** Stops the running timer; with several (concurrent timers), asks which; with none, says so. */
export function stopRunningTimer(ctx: PluginContext): void {
  const running = runningTimers(ctx.source.index);
  if (running.length === 0) new Notice('No timer is running.');
  else if (running.length === 1) void ctx.actions.stopTimer(running[0]?.path ?? '');
  else
    new ChoiceModal(
      ctx.app,
      running.map((t) => ({ value: t.path, label: t.title })),
      'Timer to stop…',
      (path) => ctx.actions.stopTimer(path),
    ).open();
}
