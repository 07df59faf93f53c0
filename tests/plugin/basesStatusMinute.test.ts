/** @jest-environment jsdom */
import './support/textCodec';
import { afterEach, expect, jest, test } from '@jest/globals';
import { fixedClock } from '../../src/obsidian/clock';
import { BASES_VIEW_TYPES } from '../../src/obsidian/bases/registerBasesViews';
import { openBase, takeHandlerErrors } from '../host/testing';
import { loadedPlugin } from './support/pluginHarness';

afterEach(() => expect(takeHandlerErrors()).toEqual([]));

test('the Stack status view marks a task overdue once its due time passes, though no note changed', async () => {
  const { app, plugin } = await loadedPlugin({
    'Tasks/Call plumber.md': '---\nstack: task\ndue: 2026-11-28T14:30\n---\n',
    'Tasks/File taxes.md': '---\nstack: task\ndue: 2026-12-15\n---\n',
  });
  // The view's minute check runs on a timer set when it opens.
  jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
  try {
    const open = openBase(app, { view: { type: BASES_VIEW_TYPES.status, name: 'View' } });
    const card = (title: string): Element | undefined =>
      [...open.containerEl.querySelectorAll('.vault-stack-status-card')].find(
        (c) => c.querySelector('.vault-stack-note-link')?.textContent === title,
      );
    const badges = (title: string): string[] =>
      [...(card(title)?.querySelectorAll('.vault-stack-badge') ?? [])].map((b) => b.textContent ?? '');
    const taxes = card('File taxes');
    expect(badges('Call plumber').some((b) => b.startsWith('overdue'))).toBe(false);

    plugin.context.clock = fixedClock('2026-11-28T14:29');
    jest.advanceTimersByTime(60_000);
    expect(badges('Call plumber').some((b) => b.startsWith('overdue'))).toBe(false);
    plugin.context.clock = fixedClock('2026-11-28T14:31');
    jest.advanceTimersByTime(60_000);

    expect(badges('Call plumber').some((b) => b.startsWith('overdue'))).toBe(true);
    // The card that did not change keeps its element.
    expect(card('File taxes')).toBe(taxes);
    open.close();
  } finally {
    jest.useRealTimers();
  }
});
