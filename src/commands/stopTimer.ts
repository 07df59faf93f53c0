import type { Command } from 'obsidian';
import type { PluginContext } from '../obsidian/PluginContext';
import { stopRunningTimer } from '../obsidian/stopRunningTimer';

/** Stops the running timer; with several running (concurrent timers), asks which. */
export function stopTimerCommand(ctx: PluginContext): Command {
  return { id: 'stop-timer', name: 'Stop the timer', callback: () => stopRunningTimer(ctx) };
}
