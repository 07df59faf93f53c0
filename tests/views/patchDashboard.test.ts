/**
 * @jest-environment jsdom
 */
import 'obsidian';
import { afterEach, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { DashboardContext } from '../../src/core/dashboard/buildDashboard';
import { DashboardTracker } from '../../src/core/dashboard/DashboardTracker';
import { readNote } from '../../src/core/notes/readNote';
import { DEFAULT_SETTINGS } from '../../src/settings/settings';
import { DashboardPatcher } from '../../src/views/dashboard/DashboardPatcher';
import { StaticElement } from '../../src/views/dom/StaticElement';
import { renderDashboard } from '../../src/views/renderDashboard';
import { apply, step, VARIANTS, vaultIndex } from '../core/dashboard/changeSteps';
import { NOW, TODAY } from '../core/dashboard/dashboardVault';
import { domTree } from './support/domTree';
import { RecordingActions } from './support/RecordingActions';

afterEach(() => document.body.empty());

function freshTree(
  model: Parameters<typeof renderDashboard>[1],
  actions: RecordingActions,
): ReturnType<typeof domTree> {
  const el = document.body.createDiv();
  renderDashboard(el, model, actions);
  const tree = domTree(el);
  el.remove();
  return tree;
}

function rowOf(el: HTMLElement, title: string): HTMLElement {
  const row = Array.from(el.querySelectorAll<HTMLElement>('li.vault-stack-task')).find((li) =>
    li.textContent?.includes(title),
  );
  if (!row) throw new Error(`no task row ${title}`);
  return row;
}

describe('DashboardPatcher', () => {
  it('after any sequence of changes, the patched DOM is what a fresh render of the model draws', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 15 }), (steps) => {
        const index = vaultIndex();
        const clock = { today: TODAY, now: NOW };
        const ctx = (): DashboardContext => ({ ...clock, settings: DEFAULT_SETTINGS });
        const tracker = new DashboardTracker();
        const actions = new RecordingActions();
        const patcher = new DashboardPatcher(actions);
        const el = document.body.createDiv();
        const page = new StaticElement('div');
        const statics = new DashboardPatcher({});
        for (const s of [null, ...steps]) {
          if (s) apply(index, clock, s);
          const model = tracker.update(index, ctx()).model;
          patcher.draw(el, model);
          statics.draw(page, model);
          expect(domTree(el)).toEqual(freshTree(model, actions));
          const fresh = new StaticElement('div');
          renderDashboard(fresh, model, {});
          expect(page.toHtml()).toBe(fresh.toHtml());
        }
        el.remove();
      }),
      { numRuns: 30, seed: 20261203 },
    );
  });

  it('keeps the DOM nodes of unchanged rows and draws only the changed one', () => {
    const index = vaultIndex();
    const ctx: DashboardContext = { today: TODAY, now: NOW, settings: DEFAULT_SETTINGS };
    const tracker = new DashboardTracker();
    const patcher = new DashboardPatcher(new RecordingActions());
    const el = document.body.createDiv();
    const first = patcher.draw(el, tracker.update(index, ctx).model);
    expect(first.whole).toBe(true);
    const taxes = rowOf(el, 'File taxes');
    const section = el.querySelector('section.vault-stack-section-reading');

    index.upsert('Habits/Meditate.md', readNote('Habits/Meditate.md', VARIANTS[6]));
    const second = patcher.draw(el, tracker.update(index, ctx).model);

    expect(second.whole).toBe(false);
    expect(rowOf(el, 'File taxes')).toBe(taxes);
    expect(el.querySelector('section.vault-stack-section-reading')).toBe(section);
    // The habit's row and its attention entry are drawn again; nothing else.
    expect(second.rowsDrawn).toBeLessThanOrEqual(2);
    expect(second.rowsKept).toBeGreaterThan(5);

    el.empty();
    const third = patcher.draw(el, tracker.update(index, ctx).model);
    expect(third.whole).toBe(true);
    expect(el.querySelector('section.vault-stack-section-reading')).not.toBeNull();
  });

  it("a minute later draws nothing when no due time passed, and only the late task's rows when one did", () => {
    const index = vaultIndex();
    const at = (now: string): DashboardContext => ({ today: TODAY, now, settings: DEFAULT_SETTINGS });
    const tracker = new DashboardTracker();
    const patcher = new DashboardPatcher(new RecordingActions());
    const el = document.body.createDiv();
    patcher.draw(el, tracker.update(index, at('2026-11-28T14:28')).model);
    const plumber = rowOf(el, 'Call plumber');

    // What the pane does each minute (DashboardView): nothing is due at 14:29.
    const quiet = patcher.draw(el, tracker.update(index, at('2026-11-28T14:29')).model);
    expect(quiet).toEqual({ whole: false, sections: 0, rowsDrawn: 0, rowsKept: 0 });
    expect(rowOf(el, 'Call plumber')).toBe(plumber);

    // The plumber was due at 14:30: its task row and its attention entry are drawn again, overdue.
    const late = patcher.draw(el, tracker.update(index, at('2026-11-28T14:31')).model);
    expect(late.whole).toBe(false);
    expect(late.rowsDrawn).toBe(2);
    expect(rowOf(el, 'Call plumber').classList.contains('is-overdue')).toBe(true);
    expect(domTree(el)).toEqual(freshTree(tracker.update(index, at('2026-11-28T14:31')).model, new RecordingActions()));
  });

  it('draws a row again after one of its controls was used, even when its data is unchanged', () => {
    const index = vaultIndex();
    const ctx: DashboardContext = { today: TODAY, now: NOW, settings: DEFAULT_SETTINGS };
    const tracker = new DashboardTracker();
    const actions = new RecordingActions();
    const patcher = new DashboardPatcher(actions);
    const el = document.body.createDiv();
    patcher.draw(el, tracker.update(index, ctx).model);
    const taxes = rowOf(el, 'File taxes');
    const box = taxes.querySelector<HTMLButtonElement>('button.vault-stack-complete-box');
    box?.click();
    expect(actions.calls).toContain('completeTask(Tasks/File taxes.md)');
    expect(box?.disabled).toBe(true);

    patcher.draw(el, tracker.update(index, ctx).model);

    const again = rowOf(el, 'File taxes');
    expect(again).not.toBe(taxes);
    expect(again.querySelector<HTMLButtonElement>('button.vault-stack-complete-box')?.disabled).toBe(false);
  });
});
