/** @jest-environment jsdom */
import './support/textCodec';
import { afterEach, expect, jest, test } from '@jest/globals';
import { fixedClock } from '../../src/obsidian/clock';
import { renderNote, takeHandlerErrors } from '../host/testing';
import { loadedPlugin } from './support/pluginHarness';
import { note, smallVault } from './support/fixtures';

afterEach(() => expect(takeHandlerErrors()).toEqual([]));

const BLOCK = ['# Late', '', '```stack', 'kind: task', 'filters: overdue', 'fields: [title]', '```', ''].join('\n');

test('a shown stack block lists a task as overdue once its due time passes, though no note changed', async () => {
  const { app, plugin } = await loadedPlugin({
    ...smallVault(),
    'Tasks/Call plumber.md': note('stack: task', 'due: 2026-11-28T14:30'),
    'Late.md': BLOCK,
  });
  // The block's minute check (every 60 s, then the render delay) runs on timers set when it loads.
  jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
  try {
    const { el, component } = await renderNote(app, 'Late.md');
    const titles = (): string[] => [...el.querySelectorAll('td, li')].map((c) => c.textContent ?? '');
    expect(titles()).toEqual(['Renew passport']);
    const kept = el.querySelector('td, li');

    // At 14:29 the task is not late yet, at 14:31 it is.
    plugin.context.clock = fixedClock('2026-11-28T14:29');
    jest.advanceTimersByTime(60_000 + 250);
    expect(titles()).toEqual(['Renew passport']);
    plugin.context.clock = fixedClock('2026-11-28T14:31');
    jest.advanceTimersByTime(60_000 + 250);

    expect(titles().sort()).toEqual(['Call plumber', 'Renew passport']);
    // The row that did not change keeps its element.
    expect([...el.querySelectorAll('td, li')]).toContain(kept);
    component.unload();
  } finally {
    jest.useRealTimers();
  }
});
