import { describe, expect, it } from '@jest/globals';
import { completeTask } from '../../../src/core/actions/completeTask';
import { newItemTemplate } from '../../../src/core/actions/newItemTemplate';
import { KIND_SPECS } from '../../../src/core/kinds/registry';
import { applyPlan, dataOf, noteText } from './actionNote';

const TODAY = '2026-11-28';

describe('completeTask', () => {
  it('marks a one-off task done today, keeping comments and quoting', () => {
    const text = noteText([
      'stack: task',
      "status: 'doing' # started Monday",
      'due: 2026-11-30',
      'project: "[[Vault Stack]]"',
    ]);
    const { text: after, summary } = applyPlan(text, completeTask(dataOf(text, 'task'), {}, TODAY));
    expect(after).toBe(
      noteText([
        'stack: task',
        "status: 'done' # started Monday",
        'due: 2026-11-30',
        'project: "[[Vault Stack]]"',
        'done: 2026-11-28',
      ]),
    );
    expect(summary).toBe('done 2026-11-28');
  });

  it('fills an empty done field in place', () => {
    const text = noteText(['stack: task', 'status: todo', 'done:', 'priority: high']);
    const { text: after } = applyPlan(text, completeTask(dataOf(text, 'task'), {}, TODAY));
    expect(after).toBe(noteText(['stack: task', 'status: done', 'done: 2026-11-28', 'priority: high']));
  });

  it('changes nothing for a task that is already done', () => {
    const text = noteText(['stack: task', 'status: done', 'done: 2026-11-20']);
    expect(completeTask(dataOf(text, 'task'), {}, TODAY)).toEqual({ ok: true, edits: [], summary: 'already done' });
  });

  it('moves a recurring task to its next occurrence and logs the completion', () => {
    const text = noteText([
      'stack: task',
      'status: doing',
      'every: week # Saturdays',
      'due: 2026-11-28',
      'scheduled: 2026-11-27',
    ]);
    const { text: after, summary } = applyPlan(text, completeTask(dataOf(text, 'task'), {}, TODAY));
    expect(after).toBe(
      noteText([
        'stack: task',
        'status: todo',
        'every: week # Saturdays',
        'due: 2026-12-05',
        'scheduled: 2026-12-04',
        'log:',
        '  - 2026-11-28',
      ]),
    );
    expect(summary).toBe('done 2026-11-28, next 2026-12-05');
  });

  it('appends to the log of a recurring task in its flow style', () => {
    const text = noteText(['stack: task', 'every: month when done', 'due: 2026-11-15T09:00', 'log: [2026-10-14]']);
    const { text: after } = applyPlan(text, completeTask(dataOf(text, 'task'), {}, TODAY));
    expect(after).toBe(
      noteText(['stack: task', 'every: month when done', 'due: 2026-12-28T09:00', 'log: [2026-10-14, 2026-11-28]']),
    );
  });

  it('gives a recurring task without dates a due date one period after the completion', () => {
    const text = noteText(['stack: task', 'every: 2 weeks # water the plants']);
    const { text: after } = applyPlan(text, completeTask(dataOf(text, 'task'), {}, TODAY));
    expect(after).toBe(
      noteText(['stack: task', 'every: 2 weeks # water the plants', 'due: 2026-12-12', 'log:', '  - 2026-11-28']),
    );
  });

  it('refuses a completion day in the future', () => {
    const text = noteText(['stack: task']);
    expect(completeTask(dataOf(text, 'task'), { on: '2026-12-01' }, TODAY)).toMatchObject({ ok: false, field: 'done' });
  });

  it('writes done under its commented-out line in a note made from the template', () => {
    const text = newItemTemplate('task', KIND_SPECS.task.fields, 'Renew passport', '2026-11-01');
    const { text: after } = applyPlan(text, completeTask(dataOf(text, 'task'), {}, TODAY));
    expect(after).toBe(
      text
        .replace('status: todo\n', 'status: done\n')
        .replace(
          '# done: When it was completed (YYYY-MM-DD)\n',
          '# done: When it was completed (YYYY-MM-DD)\ndone: 2026-11-28\n',
        ),
    );
    expect(after).not.toBe(text);
  });
});
