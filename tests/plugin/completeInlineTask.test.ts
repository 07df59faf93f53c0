/** @jest-environment jsdom */
import './support/textCodec';
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { clearNotices, fileAt, noticeMessages, readVaultFile, takeHandlerErrors } from '../host/testing';
import { actionsHarness } from './support/actionsHarness';
import { smallVault } from './support/fixtures';

beforeEach(() => clearNotices());
afterEach(() => expect(takeHandlerErrors()).toEqual([]));

const WEEK = ['# Week', '', '- [ ] Pay rent 🔁 every month 📅 2026-11-01', '- [ ] Call mum', ''].join('\n');

describe('PluginActions complete inline tasks as Obsidian Tasks writes them', () => {
  test('a recurring task gets its done line and the next occurrence above, in one write', async () => {
    const { app, actions, source } = await actionsHarness({ ...smallVault(), 'Week.md': WEEK });

    const outcome = await actions.completeTask('Week.md#L3');
    await app.settle();

    expect(outcome).toEqual({ ok: true, changed: true });
    expect(readVaultFile(app, 'Week.md')).toBe(
      [
        '# Week',
        '',
        '- [ ] Pay rent 🔁 every month 📅 2026-12-01',
        '- [x] Pay rent 🔁 every month 📅 2026-11-01 ✅ 2026-11-28',
        '- [ ] Call mum',
        '',
      ].join('\n'),
    );
    expect(noticeMessages()).toEqual(['Pay rent: done 2026-11-28, next 2026-12-01']);
    expect(source.index.get('Week.md#L3')?.data).toMatchObject({ status: 'todo', due: '2026-12-01' });
    expect(source.index.get('Week.md#L4')?.data).toMatchObject({ status: 'done', done: '2026-11-28' });
  });

  test('finds the line again after an edit above it, and refuses (writing nothing) when it is gone', async () => {
    const { app, actions } = await actionsHarness({ ...smallVault(), 'Week.md': WEEK });
    const file = fileAt(app, 'Week.md');
    // Written behind the index's back (no settle), as a sync or another plugin might.
    await app.vault.adapter.write('Week.md', `intro\n${WEEK}`);

    expect(await actions.completeTask('Week.md#L4')).toEqual({ ok: true, changed: true });
    expect(readVaultFile(app, 'Week.md')).toContain('\n- [x] Call mum ✅ 2026-11-28\n');

    await app.vault.modify(file, '# Week\n');
    const refused = await actions.completeTask('Week.md#L3');
    expect(refused).toMatchObject({ ok: false, refusal: { code: 'INLINE_TASK_MOVED' } });
    expect(readVaultFile(app, 'Week.md')).toBe('# Week\n');
  });
});
