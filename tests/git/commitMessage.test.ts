import { describe, test, expect } from '@jest/globals';
import { commitMessage } from '../../src/git/commitMessage';
import type { MessageChange } from '../../src/git/commitMessage';
import type { ItemSummary } from '../../src/git/itemChangePhrase';

function item(kind: string, title: string, fields: Record<string, unknown> = {}): ItemSummary {
  return { kind, title, fields: { stack: kind, ...fields } };
}

function modified(path: string, before: ItemSummary, after: ItemSummary): MessageChange {
  return { path, status: 'modified', before, after };
}

function added(path: string, after: ItemSummary): MessageChange {
  return { path, status: 'added', before: null, after };
}

describe('commit messages in item terms', () => {
  test('a habit check-in names the habit and the date', () => {
    const change = modified(
      'Habits/meditate.md',
      item('habit', 'meditate', { log: ['2026-11-27'] }),
      item('habit', 'meditate', { log: ['2026-11-27', '2026-11-28'] }),
    );

    expect(commitMessage([change])).toBe('habit: meditate checked in 2026-11-28');
  });

  test('a task marked done (status and done date) reads "done"', () => {
    const change = modified(
      'Tasks/renew passport.md',
      item('task', 'renew passport', { status: 'todo' }),
      item('task', 'renew passport', { status: 'done', done: '2026-11-28' }),
    );

    expect(commitMessage([change])).toBe('task: renew passport done');
  });

  test('three bookmarks added are counted', () => {
    const changes = ['a', 'b', 'c'].map((t) =>
      added(`Reading/${t}.md`, item('bookmark', t, { url: `https://${t}.example` })),
    );

    expect(commitMessage(changes, { listFilesOver: 3 })).toBe('bookmark: 3 added');
  });

  test('a changed service field is named', () => {
    const change = modified(
      'Infra/jellyfin.md',
      item('service', 'jellyfin', { port: 8096 }),
      item('service', 'jellyfin', { port: 8920 }),
    );

    expect(commitMessage([change])).toBe('service: jellyfin port changed');
  });

  test('notes that are not items get a plain file list', () => {
    const changes: MessageChange[] = [
      { path: 'Daily/2026-11-28.md', status: 'modified' },
      { path: 'Notes/idea.md', status: 'added' },
    ];

    expect(commitMessage(changes)).toBe('update 2 notes: 2026-11-28, idea');
  });

  test('a single plain note names its path', () => {
    expect(commitMessage([{ path: 'Daily/2026-11-28.md', status: 'modified' }])).toBe('update Daily/2026-11-28.md');
  });

  test('items of different kinds share one subject, with notes counted after them', () => {
    const changes: MessageChange[] = [
      modified('Habits/run.md', item('habit', 'run', { log: [] }), item('habit', 'run', { log: ['2026-11-28'] })),
      modified('Tasks/tax.md', item('task', 'tax', { status: 'todo' }), item('task', 'tax', { status: 'doing' })),
      { path: 'Daily/2026-11-28.md', status: 'modified' },
    ];

    expect(commitMessage(changes)).toBe('habit: run checked in 2026-11-28; task: tax started; note 2026-11-28');
  });

  test('many changes give a subject under 72 characters and a body listing every file', () => {
    const changes: MessageChange[] = [
      ...Array.from({ length: 6 }, (_, i) =>
        modified(
          `Infra/s${i}.md`,
          item('service', `service number ${i}`, {}),
          item('service', `service number ${i}`, { [`field${i}`]: i }),
        ),
      ),
      { path: 'Daily/a.md', status: 'deleted' },
      { path: 'Notes/new.md', status: 'renamed', from: 'Notes/old.md' },
    ];

    const [subject, blank, ...body] = commitMessage(changes).split('\n');

    expect(subject.length).toBeLessThanOrEqual(72);
    expect(subject).toBe('items changed: 6 service; 2 notes');
    expect(blank).toBe('');
    expect(body).toContain('D Daily/a.md');
    expect(body).toContain('R Notes/old.md -> Notes/new.md');
    expect(body).toHaveLength(8);
  });

  test('the same change to many items is counted in one phrase', () => {
    const changes = Array.from({ length: 4 }, (_, i) =>
      modified(`Infra/s${i}.md`, item('service', `s${i}`, { port: i }), item('service', `s${i}`, { port: i + 1 })),
    );

    expect(commitMessage(changes).split('\n')[0]).toBe('service: 4 port changed');
  });

  test('a renamed item with unchanged fields is "moved", or "renamed to" its new title', () => {
    const moved: MessageChange = {
      path: 'B/x.md',
      from: 'A/x.md',
      status: 'renamed',
      before: item('device', 'nas'),
      after: item('device', 'nas'),
    };
    const renamed: MessageChange = {
      path: 'A/y.md',
      from: 'A/x.md',
      status: 'renamed',
      before: item('device', 'nas'),
      after: item('device', 'nas2'),
    };

    expect(commitMessage([moved])).toBe('device: nas moved');
    expect(commitMessage([renamed])).toBe('device: nas renamed to nas2');
  });

  test('a deleted item and a note turned into an item read naturally', () => {
    const changes: MessageChange[] = [
      { path: 'Infra/old.md', status: 'deleted', before: item('service', 'old'), after: null },
      { path: 'Notes/x.md', status: 'modified', before: null, after: item('task', 'x') },
    ];

    expect(commitMessage(changes)).toBe('service: old deleted; task: x added');
  });

  test('a backup run and a secret rotation have their own words', () => {
    const changes: MessageChange[] = [
      modified(
        'b.md',
        item('backup', 'nas', { 'last-run': '2026-11-27T03:00' }),
        item('backup', 'nas', { 'last-run': '2026-11-28T03:00', 'last-result': 'failed' }),
      ),
      modified(
        's.md',
        item('secret', 'api', { rotated: '2026-01-01' }),
        item('secret', 'api', { rotated: '2026-11-28' }),
      ),
    ];

    expect(commitMessage(changes)).toBe('backup: nas run failed; secret: api rotated');
  });
});

describe('the file list of a commit message', () => {
  test('lists paths in git’s order (capitals before lower case), as git show lists them', () => {
    const paths = ['b.md', 'a.md', 'Z/x.md', 'A.md', 'Notes/é.md', 'Notes/e.md'];
    const message = commitMessage(paths.map((path) => added(path, item('bookmark', path))));

    const body = message.split('\n\n')[1].split('\n');
    expect(body).toEqual(['A A.md', 'A Notes/e.md', 'A Notes/é.md', 'A Z/x.md', 'A a.md', 'A b.md']);
  });
});
