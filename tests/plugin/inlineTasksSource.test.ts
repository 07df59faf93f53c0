/** @jest-environment jsdom */
import './support/textCodec';
import { afterEach, describe, expect, test } from '@jest/globals';
import { fileAt, takeHandlerErrors } from '../host/testing';
import { note, smallVault, startedSource } from './support/fixtures';
import defaults from '../host/defaults.json';
import { TASKS_SETTINGS_FILE } from '../../src/core/inline/TasksSettings';

afterEach(() => expect(takeHandlerErrors()).toEqual([]));

const WEEK = [
  '# Week',
  '',
  '- [ ] #task Pay rent 📅 2026-12-01',
  '- [ ] shopping: milk',
  '```',
  '- [ ] #task in code',
  '```',
].join('\n');
const TASKS_SETTINGS = JSON.stringify({ globalFilter: '#task', setDoneDate: true });
/** Tasks' settings file in the test host's config folder. */
const TASKS_SETTINGS_PATH = `${defaults.configDir}/${TASKS_SETTINGS_FILE}`;

describe('IndexSource: Obsidian Tasks inline tasks', () => {
  test('indexes task lines where the metadata cache lists task items, under the vault’s Tasks settings', async () => {
    const { source } = await startedSource({
      ...smallVault(),
      'Daily/Week.md': WEEK,
      'Tasks/Deploy.md': note('stack: task', 'due: 2026-12-05') + '- [x] #task build ✅ 2026-11-30\n',
      [TASKS_SETTINGS_PATH]: TASKS_SETTINGS,
    });

    expect(source.index.tasksSettings.globalFilter).toBe('#task');
    expect(source.index.inlineTasks('Daily/Week.md').map((i) => [i.path, i.title])).toEqual([
      ['Daily/Week.md#L3', '#task Pay rent'],
    ]);
    expect(source.index.get('Tasks/Deploy.md')).toMatchObject({ kind: 'task' });
    expect(source.index.inlineTasks('Tasks/Deploy.md')).toEqual([
      expect.objectContaining({ title: '#task build', data: expect.objectContaining({ status: 'done' }) }),
    ]);
  });

  test('a modified note’s task lines are read again; a note that lost them has none', async () => {
    const { app, source } = await startedSource({ ...smallVault(), 'Daily/Week.md': WEEK });

    await app.vault.modify(fileAt(app, 'Daily/Week.md'), `new line\n${WEEK}`);
    await app.settle();
    expect(source.index.inlineTasks('Daily/Week.md').map((i) => i.path)).toEqual([
      'Daily/Week.md#L4',
      'Daily/Week.md#L5',
    ]);

    await app.vault.modify(fileAt(app, 'Daily/Week.md'), '# no tasks any more');
    await app.settle();
    expect(source.index.byKind('task').filter((i) => i.inline !== undefined)).toEqual([]);
  });
});
