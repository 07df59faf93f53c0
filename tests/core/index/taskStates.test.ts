import { describe, expect, it } from '@jest/globals';
import { taskContext, taskStates } from '../../../src/core/index/taskStates';
import { indexWith, note } from './indexBuilder';
import { noteReadOf } from '../../../src/core/notes/readNote';

describe('taskStates', () => {
  it('counts open dependencies as blockedBy and open dependants as blocking', () => {
    const index = indexWith({
      'Order disks.md': note.task({ status: 'doing' }),
      'Wipe old disks.md': note.task({ status: 'done' }),
      'Migrate.md': note.task({ depends: ['[[Order disks]]', '[[Wipe old disks]]'] }),
      'Announce.md': note.task({ depends: ['[[Migrate]]'] }),
    });

    expect(taskContext(index, 'Migrate.md')).toEqual({ blockedBy: 1, blocking: 1 });
    expect(taskContext(index, 'Order disks.md')).toEqual({ blockedBy: 0, blocking: 1 });
    expect(taskContext(index, 'Wipe old disks.md')).toEqual({ blockedBy: 0, blocking: 0 });
  });

  it('gives every task its state on a day, blocked ones marked', () => {
    const index = indexWith({
      'Order disks.md': note.task({ due: '2026-11-30' }),
      'Migrate.md': note.task({ due: '2026-11-20', depends: ['[[Order disks]]'] }),
      'Shelf.md': note.plain(),
    });

    const states = taskStates(index, '2026-11-28');

    expect([...states.keys()]).toEqual(['Migrate.md', 'Order disks.md']);
    expect(states.get('Migrate.md')).toMatchObject({ overdue: true, blocked: true, dueInDays: -8 });
    expect(states.get('Order disks.md')).toMatchObject({ overdue: false, blocked: false, dueSoon: true });
  });

  it('unblocks a task when its dependency is completed', () => {
    const index = indexWith({
      'Order disks.md': note.task(),
      'Migrate.md': note.task({ depends: ['[[Order disks]]'] }),
    });

    index.upsert('Order disks.md', noteReadOf(note.task({ status: 'done', done: '2026-11-28' })));

    expect(taskStates(index, '2026-11-28').get('Migrate.md')?.blocked).toBe(false);
  });
});
