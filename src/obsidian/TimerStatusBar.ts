import type { Plugin } from 'obsidian';
import { toMinuteNumber } from '../core/dates/dateTime';
import { formatMinutes } from '../core/time/timeInterval';
import { runningInterval, runningTimers } from '../core/time/timerActions';
import type { PluginContext } from './PluginContext';
import { stopRunningTimer } from './stopRunningTimer';

/** How often the elapsed time is redrawn. */
const MINUTE_MS = 60_000;

/**
 * The status-bar item of the running timer: `Timer: Write report 1h 5m` (the first of several with
 * `+2`), redrawn each minute and whenever the index changes, so a timer still running in a note
 * after a restart shows as soon as the index is built. Clicking stops it (asking which when several run).
 * Hidden while no timer runs; made only when a timer first runs (most loads have none, and the
 * item's elements cost the plugin's load), then kept.
 */
export function registerTimerStatusBar(plugin: Plugin, ctx: PluginContext): { render(): void } {
  let el: HTMLElement | null = null;
  // What the item shows now ('' hidden, null not drawn yet): an unchanged text is not written again.
  let shown: string | null = null;
  const render = (): void => {
    const running = runningTimers(ctx.source.index);
    const first = running[0];
    const interval = first === undefined ? undefined : runningInterval(first);
    if (first === undefined || interval === undefined) {
      if (el === null || shown === '') return;
      shown = '';
      el.setText('');
      el.toggleClass('is-hidden', true);
      el.removeAttribute('aria-label');
      return;
    }
    const minutes = Math.max(0, toMinuteNumber(ctx.clock.now()) - toMinuteNumber(interval.start));
    const more = running.length > 1 ? ` +${running.length - 1}` : '';
    const text = `Timer: ${first.title} ${formatMinutes(minutes)}${more}`;
    const label = `Timer on ${first.title} since ${interval.start.slice(11)}: click to stop`;
    if (shown === `${text}\n${label}`) return;
    shown = `${text}\n${label}`;
    el ??= statusItem(plugin, ctx);
    el.setText(text);
    el.toggleClass('is-hidden', false);
    el.setAttribute('aria-label', label);
  };
  plugin.registerEvent(ctx.source.onRevision(render));
  plugin.registerInterval(window.setInterval(render, MINUTE_MS));
  render();
  return { render };
}

/** The status-bar item, made on the first timer shown: clicking it stops the running timer. */
function statusItem(plugin: Plugin, ctx: PluginContext): HTMLElement {
  const el = plugin.addStatusBarItem();
  el.addClass('vault-stack-timer-status');
  plugin.registerDomEvent(el, 'click', () => stopRunningTimer(ctx));
  return el;
}
