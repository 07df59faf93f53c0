import { describe, expect, it } from '@jest/globals';
import { completeInlineTask, type InlineTaskEdit } from '../../../src/core/inline/completeInlineTask';
import { readTasksSettings, type TasksSettings } from '../../../src/core/inline/TasksSettings';
import type { Refusal } from '../../../src/core/model/Refusal';

const EMOJI = readTasksSettings({});

/** Completes the task on line `line` (1-based) of `lines` and returns the note's new lines. */
function complete(lines: string[], line: number, day: string, settings: TasksSettings = EMOJI): string[] {
  const r = completeInlineTask(lines.join('\n'), { note: 'n.md', line, text: lines[line - 1] }, day, settings);
  if (!('text' in r)) throw new Error(r.message);
  return r.text.split('\n');
}

describe('completeInlineTask (Tasks Recurring Tasks docs)', () => {
  it('writes the next occurrence above the completed task', () => {
    expect(complete(['- [ ] take out the trash 🔁 every Sunday 📅 2021-04-25'], 1, '2021-04-24')).toEqual([
      '- [ ] take out the trash 🔁 every week on Sunday 📅 2021-05-02',
      '- [x] take out the trash 🔁 every week on Sunday 📅 2021-04-25 ✅ 2021-04-24',
    ]);
  });

  it('adds a created date to the new occurrence only with "set created date"', () => {
    const settings = readTasksSettings({ setCreatedDate: true });
    expect(complete(['- [ ] take out the trash 🔁 every week 📅 2021-04-25'], 1, '2023-03-10', settings)).toEqual([
      '- [ ] take out the trash 🔁 every week ➕ 2023-03-10 📅 2021-05-02',
      '- [x] take out the trash 🔁 every week 📅 2021-04-25 ✅ 2023-03-10',
    ]);
  });

  it('steps from the scheduled date, or from the completion day "when done"', () => {
    expect(complete(['- [ ] sweep the floors 🔁 every week ⏳ 2021-02-06'], 1, '2022-02-13')).toEqual([
      '- [ ] sweep the floors 🔁 every week ⏳ 2021-02-13',
      '- [x] sweep the floors 🔁 every week ⏳ 2021-02-06 ✅ 2022-02-13',
    ]);
    expect(complete(['- [ ] sweep the floors 🔁 every week when done ⏳ 2021-02-06'], 1, '2022-02-13')).toEqual([
      '- [ ] sweep the floors 🔁 every week when done ⏳ 2022-02-20',
      '- [x] sweep the floors 🔁 every week when done ⏳ 2021-02-06 ✅ 2022-02-13',
    ]);
  });

  it('moves a monthly due date earlier when the month lacks the day (every month from 31 October)', () => {
    let lines = ['- [ ] do stuff 🔁 every month 📅 2021-10-31'];
    for (const day of ['2021-10-31', '2021-11-30', '2021-12-30', '2022-01-30', '2022-02-28'])
      lines = complete(lines, 1, day);
    expect(lines).toEqual([
      '- [ ] do stuff 🔁 every month 📅 2022-03-28',
      '- [x] do stuff 🔁 every month 📅 2022-02-28 ✅ 2022-02-28',
      '- [x] do stuff 🔁 every month 📅 2022-01-30 ✅ 2022-01-30',
      '- [x] do stuff 🔁 every month 📅 2021-12-30 ✅ 2021-12-30',
      '- [x] do stuff 🔁 every month 📅 2021-11-30 ✅ 2021-11-30',
      '- [x] do stuff 🔁 every month 📅 2021-10-31 ✅ 2021-10-31',
    ]);
  });

  it('keeps to the last day with "every month on the last", and skips short months with "on the 31st"', () => {
    let last = ['- [ ] do stuff 🔁 every month on the last 📅 2022-01-31'];
    let day31 = ['- [ ] do stuff 🔁 every month on the 31st 📅 2022-01-31'];
    for (const day of ['2022-01-31', '2022-02-28', '2022-03-31', '2022-04-30', '2022-05-31'])
      last = complete(last, 1, day);
    for (const day of ['2022-01-31', '2022-03-31', '2022-05-31', '2022-07-31']) day31 = complete(day31, 1, day);
    const r = '🔁 every month on the last';
    expect(last).toEqual([
      `- [ ] do stuff ${r} 📅 2022-06-30`,
      `- [x] do stuff ${r} 📅 2022-05-31 ✅ 2022-05-31`,
      `- [x] do stuff ${r} 📅 2022-04-30 ✅ 2022-04-30`,
      `- [x] do stuff ${r} 📅 2022-03-31 ✅ 2022-03-31`,
      `- [x] do stuff ${r} 📅 2022-02-28 ✅ 2022-02-28`,
      `- [x] do stuff ${r} 📅 2022-01-31 ✅ 2022-01-31`,
    ]);
    expect(day31[0]).toBe('- [ ] do stuff 🔁 every month on the 31st 📅 2022-08-31');
    expect(day31.slice(1).map((l) => /📅 (\S+)/.exec(l)?.[1])).toEqual([
      '2022-07-31',
      '2022-05-31',
      '2022-03-31',
      '2022-01-31',
    ]);
  });

  it('keeps the distances between dates, and drops id, depends on, block link and cancelled date from the new line', () => {
    expect(
      complete(
        ['  - [-] Review 🆔 r1 ⛔ a,b ⏫ 🔁 every 2 weeks 🛫 2026-11-28 📅 2026-12-01 ❌ 2026-11-29 ^rev  '],
        1,
        '2026-12-03',
      ),
    ).toEqual([
      '  - [ ] Review ⏫ 🔁 every 2 weeks 🛫 2026-12-12 📅 2026-12-15  ',
      '  - [x] Review 🆔 r1 ⛔ a,b ⏫ 🔁 every 2 weeks 🛫 2026-11-28 📅 2026-12-01 ✅ 2026-12-03 ^rev  ',
    ]);
  });

  it('puts the next occurrence below with "next line", and removes the completed one with 🏁 delete', () => {
    expect(
      complete(
        ['- [ ] a 🔁 every day 📅 2026-12-01'],
        1,
        '2026-12-01',
        readTasksSettings({ recurrenceOnNextLine: true }),
      ),
    ).toEqual(['- [x] a 🔁 every day 📅 2026-12-01 ✅ 2026-12-01', '- [ ] a 🔁 every day 📅 2026-12-02']);
    expect(complete(['- [ ] a 🔁 every day 🏁 delete 📅 2026-12-01'], 1, '2026-12-01')).toEqual([
      '- [ ] a 🔁 every day 🏁 delete 📅 2026-12-02',
    ]);
    expect(complete(['before', '- [ ] one-off 🏁 delete', 'after'], 2, '2026-12-01')).toEqual(['before', 'after']);
  });
});

describe('completeInlineTask (formats and settings)', () => {
  it('rewrites a Dataview task in Tasks order with two spaces before each field', () => {
    const settings = readTasksSettings({ taskFormat: 'dataview' });
    expect(
      complete(
        ['- [ ] #task Pay [due:: 2026-12-01] [priority:: high] [repeat:: every month]'],
        1,
        '2026-12-03',
        settings,
      ),
    ).toEqual([
      '- [ ] #task Pay  [priority:: high]  [repeat:: every month]  [due:: 2027-01-01]',
      '- [x] #task Pay  [priority:: high]  [repeat:: every month]  [due:: 2026-12-01]  [completion:: 2026-12-03]',
    ]);
  });

  it('writes no done date when "set done date" is off, and keeps line endings', () => {
    const settings = readTasksSettings({ setDoneDate: false });
    const r = completeInlineTask(
      '# T\r\n- [ ] a 📅 2026-12-01\r\n',
      { note: 'n.md', line: 2, text: '- [ ] a 📅 2026-12-01' },
      '2026-12-02',
      settings,
    );
    expect((r as InlineTaskEdit).text).toBe('# T\r\n- [x] a 📅 2026-12-01\r\n');
  });

  it('finds the task again after lines were added above it, as Tasks does, and refuses when it cannot', () => {
    const task = { note: 'n.md', line: 1, text: '- [ ] a' };
    expect((completeInlineTask('new\n- [ ] a', task, '2026-12-02', EMOJI) as InlineTaskEdit).text).toBe(
      'new\n- [x] a ✅ 2026-12-02',
    );
    expect((completeInlineTask('- [ ] a\n- [ ] a', { ...task, line: 3 }, '2026-12-02', EMOJI) as Refusal).code).toBe(
      'INLINE_TASK_MOVED',
    );
  });

  it('refuses a rule it cannot compute and a date the calendar lacks, and does nothing to a done task', () => {
    const refused = (text: string): string =>
      (completeInlineTask(text, { note: 'n.md', line: 1, text }, '2026-12-02', EMOJI) as Refusal).code;
    expect(refused('- [ ] a 🔁 every month on the 2nd Tuesday 📅 2026-12-31')).toBe('INLINE_TASK_RULE');
    expect(refused('- [ ] a 📅 2026-02-30')).toBe('INLINE_TASK_BAD_DATE');
    const done = completeInlineTask('- [x] a', { note: 'n.md', line: 1, text: '- [x] a' }, '2026-12-02', EMOJI);
    expect(done).toEqual({ text: '- [x] a', changed: false, summary: 'already done' });
  });
});
