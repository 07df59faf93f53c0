import { describe, expect, it } from '@jest/globals';
import { readTaskLine } from '../../../src/core/inline/readTaskLine';
import { DEFAULT_TASKS_SETTINGS, readTasksSettings } from '../../../src/core/inline/TasksSettings';
import { findTaskLines, mayHoldTasks } from '../../../src/core/inline/findTaskLines';
import { inlineTasksOf } from '../../../src/core/inline/inlineTaskItem';

const EMOJI = readTasksSettings({});
const DATAVIEW = readTasksSettings({ taskFormat: 'dataview' });

const fields = (line: string, settings = EMOJI) => readTaskLine(line, settings)?.fields;

describe('readTaskLine (Tasks Emoji Format docs)', () => {
  it('reads every emoji field off the end of the line, in any order', () => {
    const f = fields(
      '- [ ] Do it 🆔 abc123 ⛔ x1, y_2 ⏫ 🔁 every day 🏁 delete ➕ 2026-01-01 🛫 2026-01-02 ⏳ 2026-01-03 📅 2026-01-04 ❌ 2026-01-05 ✅ 2026-01-06',
    );
    expect(f).toMatchObject({
      description: 'Do it',
      id: 'abc123',
      dependsOn: ['x1', 'y_2'],
      priority: 'high',
      recurrence: 'every day',
      onCompletion: 'delete',
      created: { date: '2026-01-01' },
      start: { date: '2026-01-02' },
      scheduled: { date: '2026-01-03' },
      due: { date: '2026-01-04' },
      cancelled: { date: '2026-01-05' },
      done: { date: '2026-01-06' },
    });
    expect(fields('- [ ] Late 📅 2026-01-04 ⏫ 🔁 every week')).toMatchObject({
      description: 'Late',
      priority: 'high',
      recurrence: 'every week',
      due: { date: '2026-01-04' },
    });
  });

  it('reads the five priorities, the alternative due and scheduled emojis and a variation selector', () => {
    expect(['🔺', '⏫', '🔼', '🔽', '⏬'].map((p) => fields(`- [ ] t ${p}`)?.priority)).toEqual([
      'highest',
      'high',
      'medium',
      'low',
      'lowest',
    ]);
    expect(fields('- [ ] t 📆 2026-02-01')?.due?.date).toBe('2026-02-01');
    expect(fields('- [ ] t 🗓 2026-02-01')?.due?.date).toBe('2026-02-01');
    expect(fields('- [ ] t ⌛ 2026-02-01')?.scheduled?.date).toBe('2026-02-01');
    expect(fields('- [ ] t 📅\uFE0F 2026-02-01')?.due?.date).toBe('2026-02-01');
  });

  it('keeps a field that is not at the end in the description, and moves trailing tags back to it', () => {
    expect(fields('- [ ] 📅 2026-02-01 is not a due date')?.description).toBe('📅 2026-02-01 is not a due date');
    const f = fields('- [ ] Do something #tag1 📅 2026-02-01 #tag2 🛫 2026-01-30');
    expect(f?.description).toBe('Do something #tag1 #tag2');
    expect(f?.due?.date).toBe('2026-02-01');
  });

  it('takes the block link off the end, and reads the status character', () => {
    const r = readTaskLine('  > * [/] Draft 📅 2026-02-01 ^draft-1', EMOJI);
    expect(r?.parts).toMatchObject({ indentation: '  > ', listMarker: '*', symbol: '/', blockLink: ' ^draft-1' });
    expect(r?.fields.due?.date).toBe('2026-02-01');
    expect(readTaskLine('1. [x] numbered', EMOJI)?.parts.listMarker).toBe('1.');
    expect(readTaskLine('- plain list item', EMOJI)).toBeNull();
    expect(readTaskLine('-[ ] no space', EMOJI)).toBeNull();
  });

  it('keeps a date the calendar lacks as text only', () => {
    expect(fields('- [ ] t 📅 2026-02-30')?.due).toEqual({ text: '2026-02-30' });
  });

  it('reads only lines holding the global filter', () => {
    const settings = readTasksSettings({ globalFilter: '#task' });
    expect(readTaskLine('- [ ] shopping list item', settings)).toBeNull();
    expect(readTaskLine('- [ ] #task pay rent', settings)?.fields.description).toBe('#task pay rent');
  });
});

describe('readTaskLine (Dataview Format docs)', () => {
  it('reads the documented examples', () => {
    expect(fields('- [ ] #task Has a created date  [created:: 2023-04-13]', DATAVIEW)?.created?.date).toBe(
      '2023-04-13',
    );
    expect(fields('- [ ] #task Has a scheduled date  [scheduled:: 2023-04-14]', DATAVIEW)?.scheduled?.date).toBe(
      '2023-04-14',
    );
    expect(fields('- [ ] #task Has a start date  [start:: 2023-04-15]', DATAVIEW)?.start?.date).toBe('2023-04-15');
    expect(fields('- [ ] #task Has a due date  [due:: 2023-04-16]', DATAVIEW)?.due?.date).toBe('2023-04-16');
    expect(fields('- [x] #task Has a done date  [completion:: 2023-04-17]', DATAVIEW)?.done?.date).toBe('2023-04-17');
    expect(fields('- [-] #task Has a cancelled date  [cancelled:: 2023-04-18]', DATAVIEW)?.cancelled?.date).toBe(
      '2023-04-18',
    );
    expect(fields('- [ ] #task Lowest priority  [priority:: lowest]', DATAVIEW)?.priority).toBe('lowest');
    expect(fields('- [ ] #task Is a recurring task [repeat:: every day when done]', DATAVIEW)?.recurrence).toBe(
      'every day when done',
    );
    expect(
      fields('- [ ] #task Remove completed instance  [repeat:: every day]  [onCompletion:: delete]', DATAVIEW),
    ).toMatchObject({
      recurrence: 'every day',
      onCompletion: 'delete',
      description: '#task Remove completed instance',
    });
    expect(fields('- [ ] #task do this first  [id:: dcf64c]', DATAVIEW)?.id).toBe('dcf64c');
    expect(fields('- [ ] #task do this after  [dependsOn:: dcf64c,0h17ye]', DATAVIEW)?.dependsOn).toEqual([
      'dcf64c',
      '0h17ye',
    ]);
  });

  it('reads round brackets and a trailing comma, but not mismatched brackets', () => {
    expect(fields('- [ ] t (due:: 2023-04-16)', DATAVIEW)?.due?.date).toBe('2023-04-16');
    expect(fields('- [ ] t [due:: 2023-04-16],', DATAVIEW)?.due?.date).toBe('2023-04-16');
    expect(fields('- [ ] t [due:: 2023-04-16)', DATAVIEW)?.due).toBeUndefined();
  });

  it('without Tasks settings, reads the Dataview format when the emoji format finds nothing', () => {
    expect(readTaskLine('- [ ] t [due:: 2023-04-16]', DEFAULT_TASKS_SETTINGS)).toMatchObject({
      format: 'dataview',
      fields: { due: { date: '2023-04-16' } },
    });
    expect(readTaskLine('- [ ] t 📅 2023-04-16', DEFAULT_TASKS_SETTINGS)?.format).toBe('emoji');
    // With the emoji format chosen in Tasks' settings, a Dataview field is description text, as in Tasks.
    expect(fields('- [ ] t [due:: 2023-04-16]', EMOJI)?.description).toBe('t [due:: 2023-04-16]');
  });
});

describe('findTaskLines', () => {
  it('lists checklist lines outside the frontmatter and code fences, with 1-based line numbers', () => {
    const text = [
      '---',
      'tags: [x]',
      '- [ ] not a task: frontmatter',
      '---',
      '- [ ] one',
      '```',
      '- [ ] in code',
      '```',
      '> - [x] quoted\r',
      'text',
    ].join('\n');
    expect(findTaskLines(text)).toEqual([
      { line: 5, text: '- [ ] one' },
      { line: 9, text: '> - [x] quoted' },
    ]);
    expect(mayHoldTasks('# Title\n\n[link](x) - [ ]')).toBe(false);
  });

  it('finds the same lines in a note without frontmatter or fences (one pass, CRLF too)', () => {
    expect(findTaskLines('intro [x]\r\n- [ ] one\r\n\n  * [x] two\n1) [/] three')).toEqual([
      { line: 2, text: '- [ ] one' },
      { line: 4, text: '  * [x] two' },
      { line: 5, text: '1) [/] three' },
    ]);
  });
});

describe('inlineTasksOf', () => {
  it('makes task items: identity note#L<line>, title the description, statuses by type', () => {
    const { items } = inlineTasksOf(
      'Week.md',
      [
        { line: 3, text: '- [ ] Pay rent #home 📅 2026-12-01 ⏬' },
        { line: 4, text: '- [/] Draft' },
        { line: 5, text: '- [x] Done ✅ 2026-11-30' },
        { line: 6, text: '- [-] Dropped' },
        { line: 7, text: '- [?] Unknown status is a todo' },
      ],
      EMOJI,
    );
    expect(items.map((i) => [i.path, i.title, i.data.type === 'task' && i.data.status])).toEqual([
      ['Week.md#L3', 'Pay rent #home', 'todo'],
      ['Week.md#L4', 'Draft', 'doing'],
      ['Week.md#L5', 'Done', 'done'],
      ['Week.md#L6', 'Dropped', 'cancelled'],
      ['Week.md#L7', 'Unknown status is a todo', 'todo'],
    ]);
    expect(items[0]).toMatchObject({
      kind: 'task',
      group: 'workflow',
      tags: ['home'],
      data: { due: '2026-12-01', priority: 'low' },
      inline: { note: 'Week.md', line: 3, symbol: ' ', priority: 'lowest' },
    });
  });

  it('leaves the global filter out of the tags and warns about a date the calendar lacks', () => {
    const { items, problems } = inlineTasksOf(
      'a.md',
      [{ line: 1, text: '- [ ] #task pay #home 📅 2026-02-30' }],
      readTasksSettings({ globalFilter: '#task' }),
    );
    expect(items[0].tags).toEqual(['home']);
    expect(items[0].data).toEqual({ type: 'task', status: 'todo', depends: [] });
    expect(problems).toEqual([expect.objectContaining({ field: 'due', line: 1, severity: 'warning' })]);
  });
});
