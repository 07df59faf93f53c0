import { describe, expect, it } from '@jest/globals';
import { ItemIndex } from '../../../src/core/index/ItemIndex';
import { completeInlineTask } from '../../../src/core/inline/completeInlineTask';
import { taskTimeBlock, withTimeEntries } from '../../../src/core/inline/taskTimeLines';
import { DEFAULT_TASKS_SETTINGS, readTasksSettings } from '../../../src/core/inline/TasksSettings';
import { isRefusal, type Refusal } from '../../../src/core/model/Refusal';
import type { Item } from '../../../src/core/model/Item';
import { readNote } from '../../../src/core/notes/readNote';
import {
  completeTimedInlineTask,
  planTimerStart,
  planTimerStop,
  runningTimers,
  startInlineTimer,
  stopInlineTimer,
  timedItem,
  timeReport,
  type TimerPlan,
} from '../../../src/core/time';
import type { InlineTaskEdit } from '../../../src/core/inline/completeInlineTask';
import { parseQuery } from '../../../src/core/query/parseQuery';
import { runQuery } from '../../../src/core/query/runQuery';
import { CLOCK } from '../query/evaluate';

const WEEK = [
  '# Week',
  '',
  '- [ ] Write report #work 📅 2026-12-04',
  '    - ⏱ 2026-12-01T09:00/2026-12-01T10:30',
  '    - a note on it',
  '    - [ ] Sub step',
  '        - ⏱ 2026-12-02T08:00/2026-12-02T08:20',
  '- [ ] Pay rent 🔁 every month 📅 2026-12-01',
  'text',
].join('\n');

function indexOf(notes: Record<string, string>, settings = DEFAULT_TASKS_SETTINGS): ItemIndex {
  const index = new ItemIndex({ tasks: settings });
  for (const [path, text] of Object.entries(notes)) index.upsert(path, readNote(path, text));
  return index;
}

function edited(result: InlineTaskEdit | Refusal): InlineTaskEdit {
  if (isRefusal(result)) throw new Error(result.message);
  return result;
}

/** Applies a timer plan to the notes as a host does (inline rewrites only here). */
function applyPlan(notes: Record<string, string>, plan: TimerPlan): Record<string, string> {
  if (!plan.ok) throw new Error(plan.message);
  const out = { ...notes };
  for (const note of plan.notes) {
    if (note.inline === undefined) throw new Error('a note edit in an inline-only fixture');
    out[note.inline.note] = edited(note.inline.rewrite(out[note.inline.note] ?? '')).text;
  }
  return out;
}

describe('time on inline tasks: reading the ⏱ sub-items', () => {
  it('gives a task its own ⏱ entries, not those of its sub-task, as its time (and its `time` property)', () => {
    const index = indexOf({ 'Week.md': WEEK });
    const task = index.get('Week.md#L3');
    expect(task?.data.type === 'task' && task.data.time).toEqual([
      { start: '2026-12-01T09:00', end: '2026-12-01T10:30', text: '2026-12-01T09:00/2026-12-01T10:30' },
    ]);
    expect(task?.frontmatter).toEqual({ time: ['2026-12-01T09:00/2026-12-01T10:30'] });
    const sub = index.get('Week.md#L6');
    expect(sub?.data.type === 'task' && sub.data.time?.map((t) => t.text)).toEqual([
      '2026-12-02T08:00/2026-12-02T08:20',
    ]);
    // The description Tasks reads is unchanged: the sub-items are not part of the task line.
    expect(task?.title).toBe('Write report #work');
    const rent = index.get('Week.md#L8');
    expect(rent?.data.type === 'task' && rent.data.time).toBeUndefined();
    expect(rent?.frontmatter).toEqual({});
  });

  it('reads tabs, blockquotes, CRLF and the emoji with its variation selector; ends at the next outdented line', () => {
    const text = [
      '> - [ ] In a callout',
      '> \t- ⏱️ 2026-12-01T09:00/2026-12-01T09:30',
      '- [ ] Next',
      '\t* ⏱ 2026-12-01T11:00/..',
      '',
      '\t- ⏱ 2026-12-01T12:00/2026-12-01T12:05',
      '- ⏱ 2026-12-01T13:00/2026-12-01T14:00',
    ].join('\r\n');
    const refs = withTimeEntries(text, [
      { line: 1, text: '> - [ ] In a callout' },
      { line: 3, text: '- [ ] Next' },
    ]);
    expect(refs.map((r) => r.time)).toEqual([
      ['2026-12-01T09:00/2026-12-01T09:30'],
      ['2026-12-01T11:00/..', '2026-12-01T12:00/2026-12-01T12:05'],
    ]);
    expect(taskTimeBlock(text.split('\n'), 2)).toMatchObject({ insertAt: 6, prefix: '\t' });
  });

  it('costs nothing on a note without ⏱: the same task lines come back', () => {
    const refs = [{ line: 1, text: '- [ ] A' }];
    expect(withTimeEntries('- [ ] A\n    - sub', refs)).toBe(refs);
  });

  it('warns about a bad entry and a second running timer, keeping the good ones', () => {
    const index = indexOf({
      'W.md': '- [ ] A\n  - ⏱ yesterday\n  - ⏱ 2026-12-01T09:00/..\n  - ⏱ 2026-12-01T10:00/..\n',
    });
    const a = index.get('W.md#L1');
    expect(a?.data.type === 'task' && a.data.time?.map((t) => t.text)).toEqual(['2026-12-01T09:00/..']);
    expect(index.problems().map((p) => [p.path, p.line, p.field, p.severity])).toEqual([
      ['W.md', 1, 'time[0]', 'warning'],
      ['W.md', 1, 'time[2]', 'warning'],
    ]);
  });

  it('follows a timer started or stopped in the note (an index update sees only the sub-items change)', () => {
    const index = indexOf({ 'W.md': '- [ ] A\n' });
    expect(index.upsert('W.md', readNote('W.md', '- [ ] A\n    - ⏱ 2026-12-01T09:00/..\n'))).toBe(true);
    expect(runningTimers(index).map((t) => t.path)).toEqual(['W.md#L1']);
    expect(index.upsert('W.md', readNote('W.md', '- [ ] A\n    - ⏱ 2026-12-01T09:00/2026-12-01T09:10\n'))).toBe(true);
    expect(runningTimers(index)).toEqual([]);
  });
});

describe('timers on inline tasks', () => {
  it('starts a timer as a ⏱ sub-item after the last entry and stops it in place, nothing else changing', () => {
    const notes = { 'Week.md': WEEK };
    const index = indexOf(notes);
    const target = timedItem(index.get('Week.md#L3') as Item);
    if (target === null) throw new Error('not timed');
    const started = applyPlan(notes, planTimerStart(target, [], '2026-12-03T09:15', { concurrent: false }));
    const lines = WEEK.split('\n');
    lines.splice(4, 0, '    - ⏱ 2026-12-03T09:15/..');
    expect(started['Week.md']).toBe(lines.join('\n'));

    // After a restart the index reads the running timer from the note.
    const again = indexOf(started);
    expect(runningTimers(again).map((t) => [t.path, t.title])).toEqual([['Week.md#L3', 'Write report #work']]);
    const stopped = applyPlan(started, planTimerStop(runningTimers(again)[0], '2026-12-03T10:45'));
    lines[4] = '    - ⏱ 2026-12-03T09:15/2026-12-03T10:45';
    expect(stopped['Week.md']).toBe(lines.join('\n'));
  });

  it('writes the first entry right under the task, indented like its sub-items (four spaces when none), CRLF kept', () => {
    const task = { note: 'W.md', line: 2, text: '\t- [ ] B' };
    expect(edited(startInlineTimer('- [ ] A\r\n\t- [ ] B\r\n\t\t- child\r\n', task, '2026-12-03T09:00')).text).toBe(
      '- [ ] A\r\n\t- [ ] B\r\n\t\t- ⏱ 2026-12-03T09:00/..\r\n\t\t- child\r\n',
    );
    const last = { note: 'W.md', line: 1, text: '> - [ ] Quoted' };
    expect(edited(startInlineTimer('> - [ ] Quoted', last, '2026-12-03T09:00')).text).toBe(
      '> - [ ] Quoted\n>     - ⏱ 2026-12-03T09:00/..',
    );
  });

  it('finds the task again after lines were added above it, as Tasks does', () => {
    const task = { note: 'W.md', line: 1, text: '- [ ] A' };
    const moved = '# New heading\n\n- [ ] A\n    - ⏱ 2026-12-03T09:00/..\n- [ ] A2\n';
    expect(edited(stopInlineTimer(moved, task, '2026-12-03T09:30')).text).toBe(
      '# New heading\n\n- [ ] A\n    - ⏱ 2026-12-03T09:00/2026-12-03T09:30\n- [ ] A2\n',
    );
    const refused = stopInlineTimer('- [ ] B\n- [ ] A\n- [ ] A\n', task, '2026-12-03T09:30');
    expect(isRefusal(refused) && refused.code).toBe('INLINE_TASK_MOVED');
  });

  it('is a no-op to start a running timer or stop a stopped one, and refuses a stop before the start', () => {
    const task = { note: 'W.md', line: 1, text: '- [ ] A' };
    const running = '- [ ] A\n    - ⏱ 2026-12-03T09:00/..\n';
    expect(edited(startInlineTimer(running, task, '2026-12-03T10:00'))).toEqual({
      text: running,
      changed: false,
      summary: 'timer already running since 2026-12-03T09:00',
    });
    expect(edited(stopInlineTimer('- [ ] A\n', task, '2026-12-03T10:00')).changed).toBe(false);
    const early = stopInlineTimer(running, task, '2026-12-03T08:00');
    expect(isRefusal(early) && early.line).toBe(2);
  });

  it('stops the timer running on a note task or another inline task when one starts, unless concurrent', () => {
    const notes = {
      'W.md': '- [ ] A\n    - ⏱ 2026-12-03T09:00/..\n- [ ] B\n',
    };
    const index = indexOf(notes);
    const b = timedItem(index.get('W.md#L3') as Item);
    if (b === null) throw new Error('not timed');
    const plan = planTimerStart(b, runningTimers(index), '2026-12-03T09:40', { concurrent: false });
    expect(plan.ok && [plan.summary, plan.stopped]).toEqual(['timer started 2026-12-03T09:40 (stopped A)', ['A']]);
    expect(applyPlan(notes, plan)['W.md']).toBe(
      '- [ ] A\n    - ⏱ 2026-12-03T09:00/2026-12-03T09:40\n- [ ] B\n    - ⏱ 2026-12-03T09:40/..\n',
    );
    const both = planTimerStart(b, runningTimers(index), '2026-12-03T09:40', { concurrent: true });
    expect(applyPlan(notes, both)['W.md']).toBe(
      '- [ ] A\n    - ⏱ 2026-12-03T09:00/..\n- [ ] B\n    - ⏱ 2026-12-03T09:40/..\n',
    );
  });

  it('counts inline time in reports by item, tag and week', () => {
    const index = indexOf({
      'Week.md': WEEK,
      'Tasks/N.md': '---\nstack: task\ntags: [work]\ntime: [2026-12-01T14:00/2026-12-01T14:30]\n---\n',
    });
    const items = index.items();
    expect(timeReport(items, { by: 'item', now: '2026-12-03T12:00' }).rows).toEqual([
      { key: 'Week.md#L3', label: 'Write report #work', minutes: 90, intervals: 1 },
      { key: 'Tasks/N.md', label: 'N', minutes: 30, intervals: 1 },
      { key: 'Week.md#L6', label: 'Sub step', minutes: 20, intervals: 1 },
    ]);
    expect(timeReport(items, { by: 'tag', now: '2026-12-03T12:00' }).rows[0]).toMatchObject({
      key: 'work',
      minutes: 120,
    });
  });
});

describe('completing an inline task while its timer runs', () => {
  const RENT = '- [ ] Pay rent 🔁 every month 📅 2026-12-01\n    - ⏱ 2026-12-03T09:00/..\n- [ ] Other\n';
  const task = { note: 'W.md', line: 1, text: '- [ ] Pay rent 🔁 every month 📅 2026-12-01' };
  const at = { day: '2026-12-03', now: '2026-12-03T09:45' };

  it('stops the timer, then completes as Tasks does: the time stays under the completed occurrence', () => {
    const done = edited(completeTimedInlineTask(RENT, task, at, DEFAULT_TASKS_SETTINGS));
    expect(done.text).toBe(
      [
        '- [ ] Pay rent 🔁 every month 📅 2027-01-01',
        '- [x] Pay rent 🔁 every month 📅 2026-12-01 ✅ 2026-12-03',
        '    - ⏱ 2026-12-03T09:00/2026-12-03T09:45',
        '- [ ] Other',
        '',
      ].join('\n'),
    );
    expect(done.summary).toBe('timer stopped 2026-12-03T09:45 (45m), done 2026-12-03, next 2027-01-01');
    const index = indexOf({ 'W.md': done.text });
    expect(runningTimers(index)).toEqual([]);
    const completed = index.get('W.md#L2');
    expect(completed?.data.type === 'task' && completed.data.time?.map((t) => t.text)).toEqual([
      '2026-12-03T09:00/2026-12-03T09:45',
    ]);
  });

  it("with Tasks' next-line setting, puts the new occurrence after the completed one's entries", () => {
    const below = readTasksSettings({ recurrenceOnNextLine: true });
    const done = edited(completeTimedInlineTask(RENT, task, at, below));
    expect(done.text).toBe(
      [
        '- [x] Pay rent 🔁 every month 📅 2026-12-01 ✅ 2026-12-03',
        '    - ⏱ 2026-12-03T09:00/2026-12-03T09:45',
        '- [ ] Pay rent 🔁 every month 📅 2027-01-01',
        '- [ ] Other',
        '',
      ].join('\n'),
    );
  });

  it('keeps the entries readable after Tasks itself completes the task (new occurrence above)', () => {
    const stopped = '- [ ] Pay rent 🔁 every month 📅 2026-12-01\n    - ⏱ 2026-12-03T09:00/2026-12-03T09:45\n';
    // completeInlineTask writes what Tasks writes (tested against Tasks' documented examples).
    const byTasks = edited(completeInlineTask(stopped, task, '2026-12-03', DEFAULT_TASKS_SETTINGS)).text;
    const index = indexOf({ 'W.md': byTasks });
    const next = index.get('W.md#L1');
    const completed = index.get('W.md#L2');
    expect(next?.data.type === 'task' && next.data.time).toBeUndefined();
    expect(completed?.data.type === 'task' && completed.data.time?.length).toBe(1);
  });

  it('completes as before when no timer runs', () => {
    const plain = '- [ ] Pay rent 🔁 every month 📅 2026-12-01\n';
    const done = edited(completeTimedInlineTask(plain, task, at, DEFAULT_TASKS_SETTINGS));
    expect(done).toEqual(edited(completeInlineTask(plain, task, '2026-12-03', DEFAULT_TASKS_SETTINGS)));
  });
});

describe('inline time in stack blocks', () => {
  it("counts an inline task's ⏱ entries in the Time summary and its time column", () => {
    const index = indexOf({ 'Week.md': WEEK });
    const parsed = parseQuery('kind: task\nviews: [{ type: table, order: [title, time], summaries: { time: Time } }]');
    if (!parsed.ok) throw new Error(parsed.errors[0]?.message);
    const result = runQuery(parsed.query, index.items(), CLOCK);
    // 90 minutes on Write report and 20 on its sub-step.
    expect(result.summaries.map((s) => s.value)).toEqual([{ type: 'duration', months: 0, minutes: 110 }]);
  });
});
