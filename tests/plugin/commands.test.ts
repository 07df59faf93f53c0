/** @jest-environment jsdom */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { parseQuery } from '../../src/core/query/parseQuery';
import { insertQueryBlock, STARTER_QUERY } from '../../src/commands/insertQueryBlock';
import { clearNotices, getOpenModals, noticeMessages, readVaultFile, takeHandlerErrors } from '../host/testing';
import { note, smallVault } from './support/fixtures';
import { answerPrompt, loadedPlugin, run, settled, topChoices } from './support/pluginHarness';

beforeEach(() => clearNotices());
afterEach(() => {
  for (const modal of getOpenModals()) modal.close();
  expect(takeHandlerErrors()).toEqual([]);
});

describe('commands', () => {
  test('every command is registered under its id and a sentence-case name, without hotkeys', async () => {
    const { app } = await loadedPlugin(smallVault());

    const commands = [...app.plugins.commands.values()];

    expect(commands.map((c) => [c.id, c.name]).slice(0, 10)).toEqual([
      ['vault-stack:open-dashboard', 'Vault Stack: Open dashboard'],
      ['vault-stack:new-item', 'Vault Stack: New item'],
      ['vault-stack:check-in-habit', 'Vault Stack: Check in a habit'],
      ['vault-stack:check-in-habit-on-day', 'Vault Stack: Check in a habit on a chosen day'],
      ['vault-stack:complete-task', 'Vault Stack: Complete a task'],
      ['vault-stack:set-bookmark-status', "Vault Stack: Change a bookmark's status"],
      ['vault-stack:record-backup-run', 'Vault Stack: Record a backup run'],
      ['vault-stack:mark-secret-rotated', 'Vault Stack: Mark a secret rotated'],
      ['vault-stack:open-problems', 'Vault Stack: Open problems list'],
      ['vault-stack:insert-query-block', 'Vault Stack: Insert query block'],
    ]);
    expect(commands.filter((c) => c.hotkeys !== undefined || /command/i.test(c.id))).toEqual([]);
  });

  test('check in a habit: habits due today come first, and the chosen one is logged today', async () => {
    const files = { ...smallVault(), 'Habits/Stretch.md': note('stack: habit', 'goal: daily', 'log: [2026-11-28]') };
    const { app } = await loadedPlugin(files);

    run(app, 'check-in-habit');
    const shown = await topChoices();
    shown.choose('Meditate');
    await settled(app);

    expect(shown.labels).toEqual(['Meditate', 'Run', 'Stretch']);
    expect(shown.hints).toEqual(['due today · Habits', 'due today · Habits', 'done today · Habits']);
    expect(readVaultFile(app, 'Habits/Meditate.md')).toBe(
      note('stack: habit', 'goal: daily', 'log: [2026-11-26, 2026-11-27, 2026-11-28]'),
    );
  });

  test('check in a habit on a chosen day: a bad or future day is explained in place, a past day is logged', async () => {
    const { app } = await loadedPlugin(smallVault());

    run(app, 'check-in-habit-on-day');
    (await topChoices()).choose('Run');
    const notADate = answerPrompt('2026-11-31');
    const future = answerPrompt('2026-12-01');
    const accepted = answerPrompt('2026-11-25');
    await settled(app);

    expect(notADate).toBe('2026-11-31 is not a date: use YYYY-MM-DD.');
    expect(future).toBe('2026-12-01 is in the future (today is 2026-11-28).');
    expect(accepted).toBe('');
    expect(getOpenModals()).toEqual([]);
    expect(readVaultFile(app, 'Habits/Run.md')).toBe(
      note('stack: habit', 'goal: 3/week', 'log:', '  - 2026-11-24', '  - 2026-11-25'),
    );
  });

  test('complete a task: open tasks by urgency, and a recurring one moves to its next date', async () => {
    const { app } = await loadedPlugin(smallVault());

    run(app, 'complete-task');
    const shown = await topChoices();
    shown.choose('Pay rent');
    await settled(app);

    expect(shown.labels).toEqual(['Renew passport', 'Pay rent']);
    expect(shown.hints).toEqual(['overdue by 8 days · Tasks', 'due in 3 days · Tasks']);
    expect(readVaultFile(app, 'Tasks/Pay rent.md')).toBe(
      note('stack: task', 'due: 2027-01-01', 'every: month', 'log:', '  - 2026-11-28'),
    );
  });

  test("change a bookmark's status: the current status is not offered", async () => {
    const { app } = await loadedPlugin(smallVault());

    run(app, 'set-bookmark-status');
    (await topChoices()).choose('Local-first software');
    const statuses = await topChoices();
    statuses.choose('archived');
    await settled(app);

    expect(statuses.labels).toEqual(['reading', 'read', 'archived']);
    expect(readVaultFile(app, 'Reading/Local-first software.md')).toBe(
      note(
        'stack: bookmark',
        'url: https://www.inkandswitch.com/local-first/',
        'added: 2026-11-02',
        'status: archived',
      ),
    );
  });

  test('record a backup run: a failed run is written with the time it was recorded', async () => {
    const { app } = await loadedPlugin(smallVault());

    run(app, 'record-backup-run');
    (await topChoices()).choose('NAS nightly');
    (await topChoices()).choose('Failed');
    await settled(app);

    expect(readVaultFile(app, 'Infra/Backups/NAS nightly.md')).toBe(
      note(
        'stack: backup',
        'tool: restic',
        'every: day',
        'last-run: 2026-11-28T09:30',
        'last-result: failed',
        'covers: ["[[Nextcloud]]"]',
      ),
    );
  });

  test('mark a secret rotated: today becomes the rotation day', async () => {
    const { app } = await loadedPlugin(smallVault());

    run(app, 'mark-secret-rotated');
    (await topChoices()).choose('Cloudflare API token');
    await settled(app);

    expect(readVaultFile(app, 'Infra/Secrets/Cloudflare API token.md')).toBe(
      note('stack: secret', 'store: pass', 'ref: cloudflare/api-token', 'rotate: 6m', 'rotated: 2026-11-28'),
    );
  });

  test('with nothing to choose, a command says so instead of opening an empty list', async () => {
    const { app } = await loadedPlugin({ 'Home.md': '# Home\n' });

    run(app, 'complete-task');

    expect(getOpenModals()).toEqual([]);
    expect(noticeMessages()).toEqual(['No open tasks.']);
  });

  test('open problems list: each problem names its note and line, and choosing one opens the note', async () => {
    const files = { ...smallVault(), 'Tasks/Bad date.md': note('stack: task', 'due: 2026-13-45') };
    const { app } = await loadedPlugin(files);

    run(app, 'open-problems');
    const shown = await topChoices();
    shown.choose(shown.labels[0] ?? '');
    await settled(app);

    expect(shown.labels).toEqual([expect.stringMatching(/^Bad date: due: /) as unknown as string]);
    expect(shown.hints).toEqual(['Tasks/Bad date.md, line 3']);
    expect(app.workspace.getActiveFile()?.path).toBe('Tasks/Bad date.md');
    expect(app.workspace.getMostRecentLeaf()?.getEphemeralState()).toEqual({ line: 2 });
  });

  test('new item: offers every kind including yours, and creates the note where that kind lives, then opens it', async () => {
    const files = {
      ...smallVault(),
      'Kinds/Recipe.md': note('stack: kind', 'name: recipe', 'group: kitchen', 'fields:', '  servings: number!'),
    };
    const { app, plugin } = await loadedPlugin(files);

    run(app, 'new-item');
    const kinds = await topChoices();
    kinds.choose('task');
    const empty = answerPrompt('  ');
    answerPrompt('Call the bank: about the card');
    await settled(app);

    expect(kinds.labels).toEqual([
      'bookmark',
      'habit',
      'task',
      'service',
      'backup',
      'secret',
      'domain',
      'device',
      'kind',
      'recipe',
    ]);
    expect(empty).toBe('Enter a title with at least one letter or digit.');
    const created = readVaultFile(app, 'Tasks/Call the bank about the card.md');
    expect(
      created.startsWith(
        note('stack: task', 'title: "Call the bank: about the card"', 'created: 2026-11-28', 'tags: []').slice(0, -4),
      ),
    ).toBe(true);
    expect(app.workspace.getActiveFile()?.path).toBe('Tasks/Call the bank about the card.md');
    expect(plugin.context.source.index.get('Tasks/Call the bank about the card.md')?.title).toBe(
      'Call the bank: about the card',
    );
  });

  test('new item of your own kind, with no notes of it yet, goes to the folder for new notes under a free name', async () => {
    const files = {
      ...smallVault(),
      'Kinds/Recipe.md': note('stack: kind', 'name: recipe', 'group: kitchen', 'fields:', '  servings: number!'),
      'Pancakes.md': '# taken\n',
    };
    const { app } = await loadedPlugin(files);

    run(app, 'new-item');
    (await topChoices()).choose('recipe');
    answerPrompt('Pancakes');
    await settled(app);

    expect(readVaultFile(app, 'Pancakes 2.md')).toMatch(
      /^---\nstack: recipe\ntitle: Pancakes\ncreated: 2026-11-28\ntags: \[\]\nservings: {2}# required/,
    );
  });

  test('insert query block: the starter block goes on lines of its own and its query parses', () => {
    const editor = new TextEditor('Intro text|');

    insertQueryBlock(editor as unknown as Parameters<typeof insertQueryBlock>[0]);

    expect(editor.text).toBe(`Intro text\n${STARTER_QUERY}\n`);
    const parsed = parseQuery(STARTER_QUERY.split('\n').slice(1, -1).join('\n'));
    expect(parsed.ok).toBe(true);
  });
});

/** A one-cursor, text-backed stand-in for Obsidian's Editor (the host has no editor): `|` marks the cursor. */
class TextEditor {
  text: string;
  private cursor: number;

  constructor(marked: string) {
    this.cursor = marked.indexOf('|');
    this.text = marked.replace('|', '');
  }

  getCursor(): { line: number; ch: number } {
    const before = this.text.slice(0, this.cursor).split('\n');
    return { line: before.length - 1, ch: (before[before.length - 1] ?? '').length };
  }

  getLine(line: number): string {
    return this.text.split('\n')[line] ?? '';
  }

  replaceSelection(replacement: string): void {
    this.text = this.text.slice(0, this.cursor) + replacement + this.text.slice(this.cursor);
    this.cursor += replacement.length;
  }
}
