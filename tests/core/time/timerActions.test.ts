import { describe, expect, it } from '@jest/globals';
import { editFrontmatter } from '../../../src/core/frontmatter/editFrontmatter';
import { locateFrontmatter } from '../../../src/core/frontmatter/locateFrontmatter';
import { parseItem } from '../../../src/core/kinds/parseItem';
import { planTimerStart, stopTimer, timedItem, type TimedItem } from '../../../src/core/time';
import { parse } from 'yaml';
import { noteText } from '../actions/actionNote';

function timed(text: string, path = 'Tasks/Write report.md'): TimedItem {
  const loc = locateFrontmatter(text);
  if (loc.kind !== 'block') throw new Error('fixture');
  const frontmatter = parse(text.slice(loc.start, loc.end), { schema: 'core' }) as Record<string, unknown>;
  const { item } = parseItem({ path, frontmatter }, new Map());
  const t = item === null ? null : timedItem(item);
  if (t === null) throw new Error('fixture is not timed');
  return t;
}

function apply(text: string, edits: Parameters<typeof editFrontmatter>[1]): string {
  const r = editFrontmatter(text, edits);
  if (!r.ok) throw new Error(r.reason);
  return r.text;
}

describe('timers', () => {
  it('starts a timer by appending an open interval, byte for byte around it', () => {
    const text = noteText(['stack: task', 'status: doing # on it', 'time:', '  - 2026-12-01T09:00/2026-12-01T10:00']);
    const plan = planTimerStart(timed(text), [], '2026-12-03T09:15', { concurrent: false });
    if (!plan.ok) throw new Error(plan.message);
    expect(plan.notes).toHaveLength(1);
    expect(apply(text, plan.notes[0]?.edits ?? [])).toBe(
      noteText([
        'stack: task',
        'status: doing # on it',
        'time:',
        '  - 2026-12-01T09:00/2026-12-01T10:00',
        '  - 2026-12-03T09:15/..',
      ]),
    );
    expect(plan.summary).toBe('timer started 2026-12-03T09:15');
  });

  it('adds the time list to a note without one', () => {
    const text = noteText(['stack: habit', 'goal: daily']);
    const plan = planTimerStart(timed(text, 'Habits/Read.md'), [], '2026-12-03T21:00', { concurrent: false });
    if (!plan.ok) throw new Error(plan.message);
    expect(apply(text, plan.notes[0]?.edits ?? [])).toBe(
      noteText(['stack: habit', 'goal: daily', 'time:', '  - 2026-12-03T21:00/..']),
    );
  });

  it('stops a running timer by closing its interval in place, other entries untouched', () => {
    const text = noteText([
      'stack: task',
      'time: # tracked',
      "  - '2026-12-01T09:00/2026-12-01T10:00'",
      '  - 2026-12-03T09:15/..',
      'priority: high',
    ]);
    const plan = stopTimer(timed(text), '2026-12-03T10:45');
    if (!plan.ok) throw new Error(plan.message);
    expect(plan.summary).toBe('timer stopped 2026-12-03T10:45 (1h 30m)');
    expect(apply(text, plan.edits)).toBe(
      noteText([
        'stack: task',
        'time: # tracked',
        "  - '2026-12-01T09:00/2026-12-01T10:00'",
        '  - 2026-12-03T09:15/2026-12-03T10:45',
        'priority: high',
      ]),
    );
  });

  it('says so when there is no timer to stop, and refuses a start after now', () => {
    expect(stopTimer(timed(noteText(['stack: task'])), '2026-12-03T10:00')).toEqual({
      ok: true,
      edits: [],
      summary: 'no timer running',
    });
    const future = stopTimer(timed(noteText(['stack: task', 'time: [2026-12-03T11:00/..]'])), '2026-12-03T10:00');
    expect(future).toEqual({
      ok: false,
      field: 'time',
      message: 'the timer started at 2026-12-03T11:00, after now (2026-12-03T10:00): fix the entry by hand',
    });
  });

  it('stops the running timer elsewhere when another starts, saying so, unless concurrent timers are allowed', () => {
    const running = timed(noteText(['stack: habit', 'time: [2026-12-03T08:00/..]']), 'Habits/Practice.md');
    const target = timed(noteText(['stack: task']));
    const single = planTimerStart(target, [running], '2026-12-03T08:30', { concurrent: false });
    if (!single.ok) throw new Error(single.message);
    expect(single.stopped).toEqual(['Practice']);
    expect(single.summary).toBe('timer started 2026-12-03T08:30 (stopped Practice)');
    expect(single.notes.map((n) => n.path)).toEqual(['Habits/Practice.md', 'Tasks/Write report.md']);
    expect(apply(noteText(['stack: habit', 'time: [2026-12-03T08:00/..]']), single.notes[0]?.edits ?? [])).toBe(
      noteText(['stack: habit', 'time: [2026-12-03T08:00/2026-12-03T08:30]']),
    );
    const both = planTimerStart(target, [running], '2026-12-03T08:30', { concurrent: true });
    expect(both.ok && both.notes.map((n) => n.path)).toEqual(['Tasks/Write report.md']);
    expect(both.ok && both.stopped).toEqual([]);
  });

  it('leaves a timer that already runs on the item alone', () => {
    const text = noteText(['stack: task', 'time: [2026-12-03T08:00/..]']);
    const plan = planTimerStart(timed(text), [timed(text)], '2026-12-03T09:00', { concurrent: false });
    expect(plan).toEqual({ ok: true, notes: [], summary: 'timer already running since 2026-12-03T08:00', stopped: [] });
  });
});

describe('timedItem', () => {
  it('takes task and habit notes and inline tasks (their time is under their line), not other kinds', () => {
    const { item } = parseItem({ path: 'Tasks/A.md', frontmatter: { stack: 'task' } }, new Map());
    if (item === null) throw new Error('fixture');
    expect(timedItem(item)?.path).toBe('Tasks/A.md');
    expect(timedItem(item)?.inline).toBeUndefined();
    expect(timedItem({ ...item, path: 'Notes/Week.md#L3', inline: {} as never })?.inline).toEqual({});
    const { item: service } = parseItem({ path: 'S.md', frontmatter: { stack: 'service' } }, new Map());
    expect(service === null ? 'none' : timedItem(service)).toBeNull();
  });
});
