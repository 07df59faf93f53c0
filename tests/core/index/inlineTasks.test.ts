import { describe, expect, it } from '@jest/globals';
import { ItemIndex } from '../../../src/core/index/ItemIndex';
import { taskStates } from '../../../src/core/index/taskStates';
import { readTasksSettings } from '../../../src/core/inline/TasksSettings';
import { readNote } from '../../../src/core/notes/readNote';

const WEEK = ['# Week', '', '- [ ] Pay rent #home 📅 2026-12-01', '- [x] Call mum ✅ 2026-11-30', 'text'].join('\n');

describe('ItemIndex with inline tasks', () => {
  it('indexes a plain note’s task lines as task items beside note tasks', () => {
    const index = new ItemIndex();
    index.upsert('Week.md', readNote('Week.md', WEEK));
    index.upsert(
      'Tasks/Deploy.md',
      readNote('Tasks/Deploy.md', '---\nstack: task\ndue: 2026-11-20\n---\n- [ ] sub step'),
    );
    expect(index.byKind('task').map((i) => i.path)).toEqual([
      'Tasks/Deploy.md',
      'Tasks/Deploy.md#L5',
      'Week.md#L3',
      'Week.md#L4',
    ]);
    expect(index.byGroup('workflow')).toHaveLength(4);
    expect(index.get('Week.md#L3')?.inline).toMatchObject({ note: 'Week.md', line: 3 });
    expect(index.items().map((i) => i.path)).toContain('Week.md#L4');
    expect(index.stats()).toMatchObject({ items: 4, byKind: { task: 4 } });
    const states = taskStates(index, '2026-12-02');
    expect(states.get('Week.md#L3')).toMatchObject({ open: true, overdue: true });
    expect(states.get('Week.md#L4')?.open).toBe(false);
  });

  it('follows a note’s edits, renames and removal, touching that note only', () => {
    const index = new ItemIndex();
    index.upsert('Week.md', readNote('Week.md', WEEK));
    index.upsert('Other.md', readNote('Other.md', '- [ ] other'));
    const other = index.get('Other.md#L1');
    const parses = index.work.parses;
    expect(index.upsert('Week.md', readNote('Week.md', `new first line\n${WEEK}`))).toBe(true);
    expect(index.inlineTasks('Week.md').map((i) => i.path)).toEqual(['Week.md#L4', 'Week.md#L5']);
    expect(index.get('Week.md#L3')).toBeUndefined();
    expect(index.get('Other.md#L1')).toBe(other);
    expect(index.work.parses).toBe(parses);
    expect(index.upsert('Week.md', readNote('Week.md', `new first line\n${WEEK}`))).toBe(false);
    index.rename('Week.md', 'Archive/Week.md');
    expect(index.get('Archive/Week.md#L4')?.inline?.note).toBe('Archive/Week.md');
    index.remove('Archive/Week.md');
    expect(index.byKind('task').map((i) => i.path)).toEqual(['Other.md#L1']);
  });

  it('reads lines again under new Tasks settings (global filter) and warns about a bad date', () => {
    const index = new ItemIndex();
    index.upsertMany([{ path: 'a.md', read: readNote('a.md', '- [ ] #task one 📅 2026-02-30\n- [ ] shopping') }], []);
    expect(index.byKind('task')).toHaveLength(2);
    expect(index.problems()).toEqual([expect.objectContaining({ path: 'a.md', line: 1, field: 'due' })]);
    index.setTasksSettings(readTasksSettings({ globalFilter: '#task' }));
    expect(index.byKind('task').map((i) => i.title)).toEqual(['#task one']);
  });

  it('blocks a task on the open tasks whose 🆔 its ⛔ names, anywhere in the vault', () => {
    const index = new ItemIndex();
    index.upsert('a.md', readNote('a.md', '- [ ] first 🆔 f1\n- [ ] second ⛔ f1,gone'));
    index.upsert('b.md', readNote('b.md', '- [ ] third ⛔ f1'));
    let states = taskStates(index, '2026-12-02');
    expect(states.get('a.md#L2')).toMatchObject({ blocked: true });
    expect(states.get('b.md#L1')).toMatchObject({ blocked: true });
    expect(states.get('a.md#L1')).toMatchObject({ blocked: false });
    index.upsert('a.md', readNote('a.md', '- [x] first 🆔 f1\n- [ ] second ⛔ f1,gone'));
    states = taskStates(index, '2026-12-02');
    expect(states.get('a.md#L2')).toMatchObject({ blocked: false });
    expect(states.get('b.md#L1')).toMatchObject({ blocked: false });
  });

  it('a bulk load gives what upserts give', () => {
    const notes = [
      { path: 'Week.md', read: readNote('Week.md', WEEK) },
      { path: 'T.md', read: readNote('T.md', '---\nstack: task\n---\n- [/] step') },
    ];
    const bulk = new ItemIndex();
    bulk.upsertMany(notes, ['Plain.md']);
    const one = new ItemIndex();
    for (const n of notes) one.upsert(n.path, n.read);
    expect(bulk.items()).toEqual(one.items());
  });
});

describe('inline tasks in the attention queue and Today', () => {
  it('an overdue inline task is in the queue and in Today, beside a task note', async () => {
    const { attention } = await import('../../../src/core/attention/attention');
    const { todaySection } = await import('../../../src/core/dashboard/todaySection');
    const index = new ItemIndex();
    index.upsert('Week.md', readNote('Week.md', '- [ ] Pay rent ⏫ 📅 2026-11-30\n- [x] Done ✅ 2026-11-29'));
    index.upsert('Tasks/Deploy.md', readNote('Tasks/Deploy.md', '---\nstack: task\ndue: 2026-12-01\n---\n'));
    const queue = attention(index, { today: '2026-12-02', now: '2026-12-02T09:00' });
    expect(queue.map((e) => e.path)).toEqual(expect.arrayContaining(['Week.md#L1', 'Tasks/Deploy.md']));
    expect(queue.map((e) => e.path)).not.toContain('Week.md#L2');
    const today = todaySection(index, '2026-12-02', 'iso');
    expect(today.tasks.map((t) => [t.path, t.title, t.overdue])).toEqual(
      expect.arrayContaining([['Week.md#L1', 'Pay rent', true]]),
    );
  });
});
