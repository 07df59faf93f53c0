/** @jest-environment jsdom */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { Edits } from '../../src/core/frontmatter/FrontmatterEdit';
import { clearNotices, fileAt, noticeMessages, readVaultFile, takeHandlerErrors } from '../host/testing';
import { actionsHarness } from './support/actionsHarness';
import { note, smallVault } from './support/fixtures';

beforeEach(() => clearNotices());
afterEach(() => expect(takeHandlerErrors()).toEqual([]));

describe('PluginActions edit notes exactly, through Vault.process', () => {
  test('checking in a habit appends today to a flow list, keeping its style', async () => {
    const { app, actions } = await actionsHarness(smallVault());

    const outcome = await actions.checkInHabit('Habits/Meditate.md', '2026-11-28');

    expect(outcome).toEqual({ ok: true, changed: true });
    expect(readVaultFile(app, 'Habits/Meditate.md')).toBe(
      note('stack: habit', 'goal: daily', 'log: [2026-11-26, 2026-11-27, 2026-11-28]'),
    );
    expect(noticeMessages()).toEqual(['Meditate: checked in 2026-11-28']);
  });

  test('checking in a habit on an earlier day appends to a block list', async () => {
    const { app, actions } = await actionsHarness(smallVault());

    await actions.checkInHabit('Habits/Run.md', '2026-11-26');

    expect(readVaultFile(app, 'Habits/Run.md')).toBe(
      note('stack: habit', 'goal: 3/week', 'log:', '  - 2026-11-24', '  - 2026-11-26'),
    );
  });

  test('checking in a day already logged writes nothing and says so', async () => {
    const { app, actions } = await actionsHarness(smallVault());
    const before = readVaultFile(app, 'Habits/Meditate.md');

    const outcome = await actions.checkInHabit('Habits/Meditate.md', '2026-11-27');

    expect(outcome).toEqual({ ok: true, changed: false });
    expect(readVaultFile(app, 'Habits/Meditate.md')).toBe(before);
    expect(noticeMessages()).toEqual(['Meditate: already checked in 2026-11-27']);
  });

  test('a future day is refused with the reason, and nothing is written', async () => {
    const { app, actions } = await actionsHarness(smallVault());
    const before = readVaultFile(app, 'Habits/Meditate.md');

    const outcome = await actions.checkInHabit('Habits/Meditate.md', '2026-11-29');

    expect(outcome.ok).toBe(false);
    expect(readVaultFile(app, 'Habits/Meditate.md')).toBe(before);
    expect(noticeMessages()).toEqual([
      'Could not update "Meditate": log: 2026-11-29 is in the future (today is 2026-11-28)',
    ]);
  });

  test('completing a one-off task sets status and done, keeping the comment on due and the body', async () => {
    const { app, actions } = await actionsHarness(smallVault());

    await actions.completeTask('Tasks/Renew passport.md');

    expect(readVaultFile(app, 'Tasks/Renew passport.md')).toBe(
      note(
        'stack: task',
        'title: Renew passport',
        'due: 2026-11-20  # the old one expires in December',
        'priority: high',
        'status: done',
        'done: 2026-11-28',
      ) + '\nBook an appointment first.\n',
    );
  });

  test('completing a recurring task moves it to the next occurrence and logs the day', async () => {
    const { app, actions } = await actionsHarness(smallVault());

    await actions.completeTask('Tasks/Pay rent.md');

    expect(readVaultFile(app, 'Tasks/Pay rent.md')).toBe(
      note('stack: task', 'due: 2027-01-01', 'every: month', 'log:', '  - 2026-11-28'),
    );
    expect(noticeMessages()).toEqual(['Pay rent: done 2026-11-28, next 2027-01-01']);
  });

  test('marking a bookmark read records the day read', async () => {
    const { app, actions } = await actionsHarness(smallVault());

    await actions.setBookmarkStatus('Reading/Local-first software.md', 'read');

    expect(readVaultFile(app, 'Reading/Local-first software.md')).toBe(
      note(
        'stack: bookmark',
        'url: https://www.inkandswitch.com/local-first/',
        'added: 2026-11-02',
        'status: read',
        'read: 2026-11-28',
      ),
    );
  });

  test('recording a backup run writes the time of the run; an unchanged result is left alone', async () => {
    const { app, actions } = await actionsHarness(smallVault());

    await actions.recordBackupRun('Infra/Backups/NAS nightly.md', 'ok');

    expect(readVaultFile(app, 'Infra/Backups/NAS nightly.md')).toBe(
      note(
        'stack: backup',
        'tool: restic',
        'every: day',
        'last-run: 2026-11-28T09:30',
        'last-result: ok',
        'covers: ["[[Nextcloud]]"]',
      ),
    );
  });

  test('marking a secret rotated replaces the rotation day', async () => {
    const { app, actions } = await actionsHarness(smallVault());

    await actions.markSecretRotated('Infra/Secrets/Cloudflare API token.md');

    expect(readVaultFile(app, 'Infra/Secrets/Cloudflare API token.md')).toBe(
      note('stack: secret', 'store: pass', 'ref: cloudflare/api-token', 'rotate: 6m', 'rotated: 2026-11-28'),
    );
  });

  test('an action on a note of another kind says so and writes nothing', async () => {
    const { app, actions } = await actionsHarness(smallVault());
    const before = readVaultFile(app, 'Habits/Run.md');

    const outcome = await actions.completeTask('Habits/Run.md');

    expect(outcome.ok).toBe(false);
    expect(readVaultFile(app, 'Habits/Run.md')).toBe(before);
    expect(noticeMessages()).toEqual(['"Run" is not a task (check its frontmatter)']);
  });

  test("opening a note at a field puts the view on that field's line", async () => {
    const { app, actions } = await actionsHarness(smallVault());

    await actions.openNote('Tasks/Renew passport.md', 'priority');

    expect(app.workspace.getActiveFile()?.path).toBe('Tasks/Renew passport.md');
    expect(app.workspace.getMostRecentLeaf()?.getEphemeralState()).toEqual({ line: 4 });
  });

  test('the index follows the edit: a completed task is done once its metadata arrives', async () => {
    const { app, actions, source } = await actionsHarness(smallVault());

    await actions.completeTask('Tasks/Renew passport.md');
    await app.settle();

    expect(source.index.get('Tasks/Renew passport.md')?.data).toMatchObject({ status: 'done', done: '2026-11-28' });
  });
});

describe('FrontmatterWriter never writes a note it cannot edit safely', () => {
  test('frontmatter broken after indexing: the file stays as it is and a notice says why, with the line', async () => {
    const { app, actions } = await actionsHarness(smallVault());
    const broken = note('stack: task', 'title: Renew passport', 'due: [2026-11-20', 'priority: high');
    await app.vault.modify(fileAt(app, 'Tasks/Renew passport.md'), broken);

    const outcome = await actions.completeTask('Tasks/Renew passport.md');

    expect(outcome.ok).toBe(false);
    expect(readVaultFile(app, 'Tasks/Renew passport.md')).toBe(broken);
    // yaml notices the unclosed `[` of line 4 when line 5 starts a new key.
    expect(noticeMessages()).toEqual([
      'Could not update "Renew passport": its frontmatter does not parse (line 5: Flow sequence in block collection must be sufficiently indented and end with a ])',
    ]);
  });

  test('a duplicate key is refused by name of the problem, never rewritten', async () => {
    const { app, writer } = await actionsHarness(smallVault());
    const text = note('stack: task', 'status: todo', 'status: doing');
    await app.vault.modify(fileAt(app, 'Tasks/Pay rent.md'), text);

    const outcome = await writer.apply('Tasks/Pay rent.md', [Edits.set('status', 'done')], 'Pay rent');

    expect(outcome).toEqual({
      ok: false,
      refusal: {
        code: 'duplicate-key',
        message: expect.stringContaining('duplicate key') as unknown as string,
        line: 4,
      },
    });
    expect(readVaultFile(app, 'Tasks/Pay rent.md')).toBe(text);
    expect(noticeMessages()).toEqual([
      'Could not update "Pay rent": its frontmatter has a duplicate key (line 4): fix it by hand first',
    ]);
  });

  test('frontmatter that never closes is refused', async () => {
    const { app, writer } = await actionsHarness(smallVault());
    const text = '---\nstack: task\nstatus: todo\n\nNo closing line.\n';
    await app.vault.modify(fileAt(app, 'Tasks/Pay rent.md'), text);

    await writer.apply('Tasks/Pay rent.md', [Edits.set('status', 'done')], 'Pay rent');

    expect(readVaultFile(app, 'Tasks/Pay rent.md')).toBe(text);
    expect(noticeMessages()).toEqual([
      'Could not update "Pay rent": its frontmatter opened with `---` on the first line never closes with a `---` line',
    ]);
  });

  test('a note deleted before the write is reported, not recreated', async () => {
    const { app, writer } = await actionsHarness(smallVault());
    await app.fileManager.trashFile(fileAt(app, 'Tasks/Pay rent.md'));

    const outcome = await writer.apply('Tasks/Pay rent.md', [Edits.set('status', 'done')], 'Pay rent');

    expect(outcome).toEqual({ ok: false, refusal: { code: 'NOTE_GONE', message: 'the note no longer exists' } });
    expect(app.vault.getAbstractFileByPath('Tasks/Pay rent.md')).toBeNull();
  });
});
