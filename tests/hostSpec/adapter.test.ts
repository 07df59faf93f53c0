import { afterEach, describe, expect, test } from '@jest/globals';
import { createTestApp, takeHandlerErrors } from '../host/testing';

type Adapter = ReturnType<typeof createTestApp>['vault']['adapter'];

const bytes = (...values: number[]): ArrayBuffer => new Uint8Array(values).buffer;

describe('vault.adapter', () => {
  afterEach(() => expect(takeHandlerErrors()).toEqual([]));

  test.each([
    ['read of a missing path', (a: Adapter) => a.read('missing.md')],
    ['readBinary of a missing path', (a: Adapter) => a.readBinary('missing.bin')],
    ['remove of a missing path', (a: Adapter) => a.remove('missing.md')],
    ['rmdir of a missing path', (a: Adapter) => a.rmdir('missing', true)],
    ['list of a missing path', (a: Adapter) => a.list('missing')],
    ['rename of a missing path', (a: Adapter) => a.rename('missing.md', 'b.md')],
    ['copy of a missing path', (a: Adapter) => a.copy('missing.md', 'b.md')],
    ['write into a missing folder', (a: Adapter) => a.write('no/such/dir.md', 'x')],
  ])('%s rejects with code ENOENT', async (_name, op) => {
    const app = createTestApp();

    await expect(op(app.vault.adapter)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  test('stat of a missing path is null, of a file gives type, size and times', async () => {
    const app = createTestApp({ files: { 'a.md': 'abc' }, now: 5_000 });

    const missing = await app.vault.adapter.stat('nope');
    const stat = await app.vault.adapter.stat('a.md');

    expect(missing).toBeNull();
    expect(stat).toMatchObject({ type: 'file', size: 3 });
    expect(stat?.mtime).toBeGreaterThanOrEqual(5_000);
  });

  test('hidden paths are readable and writable through the adapter but never become TFiles or vault events', async () => {
    const app = createTestApp({ files: { '.git/HEAD': 'ref: refs/heads/main\n' } });
    const events: string[] = [];
    for (const name of ['create', 'modify', 'delete', 'rename']) app.vault.on(name, () => events.push(name));

    await app.vault.adapter.mkdir('.git/objects/ab');
    await app.vault.adapter.writeBinary('.git/objects/ab/cdef', bytes(1, 2, 3));
    await app.vault.adapter.rename('.git/objects/ab/cdef', '.git/objects/ab/0123');
    await app.vault.adapter.remove('.git/objects/ab/0123');
    await app.settle();

    expect(events).toEqual([]);
    expect(app.vault.getAbstractFileByPath('.git/HEAD')).toBeNull();
    expect(await app.vault.adapter.read('.git/HEAD')).toBe('ref: refs/heads/main\n');
    expect(await app.vault.adapter.list('.git/objects')).toEqual({ files: [], folders: ['.git/objects/ab'] });
  });

  test('list shows hidden children of the root with full paths', async () => {
    const app = createTestApp({ files: { 'a.md': '', '.config/app.json': '{}', 'f/b.md': '' } });

    const listed = await app.vault.adapter.list('/');

    expect(listed).toEqual({ files: ['a.md'], folders: ['.config', 'f'] });
  });

  test('binary content round-trips byte for byte, including bytes that are not valid UTF-8', async () => {
    const app = createTestApp();
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);

    await app.vault.adapter.writeBinary('all.bin', all.buffer);
    const back = new Uint8Array(await app.vault.adapter.readBinary('all.bin'));
    const file = await app.vault.createBinary('copy.bin', back.buffer);
    const again = new Uint8Array(await app.vault.readBinary(file));

    expect(Array.from(back)).toEqual(Array.from(all));
    expect(Array.from(again)).toEqual(Array.from(all));
  });

  test('readBinary returns a copy: mutating it does not change the stored file', async () => {
    const app = createTestApp({ files: { 'a.bin': new Uint8Array([7, 7]) } });

    new Uint8Array(await app.vault.adapter.readBinary('a.bin'))[0] = 0;

    expect(Array.from(new Uint8Array(await app.vault.adapter.readBinary('a.bin')))).toEqual([7, 7]);
  });

  test('rmdir refuses a non-empty folder unless recursive', async () => {
    const app = createTestApp({ files: { '.cache/x/y.json': '{}' } });

    await expect(app.vault.adapter.rmdir('.cache', false)).rejects.toMatchObject({ code: 'ENOTEMPTY' });
    await app.vault.adapter.rmdir('.cache', true);

    expect(await app.vault.adapter.exists('.cache/x/y.json')).toBe(false);
    expect(await app.vault.adapter.exists('.cache')).toBe(false);
  });

  test('append creates the file when missing and appends otherwise', async () => {
    const app = createTestApp();

    await app.vault.adapter.append('.log', 'a');
    await app.vault.adapter.append('.log', 'b');

    expect(await app.vault.adapter.read('.log')).toBe('ab');
  });

  test('an adapter write to a visible path reaches the vault later, like a file watcher', async () => {
    const app = createTestApp({ files: { 'a.md': 'a' } });
    const events: string[] = [];
    app.vault.on('create', (f: { path: string }) => events.push(`create ${f.path}`));
    app.vault.on('modify', (f: { path: string }) => events.push(`modify ${f.path}`));
    app.vault.on('delete', (f: { path: string }) => events.push(`delete ${f.path}`));

    await app.vault.adapter.mkdir('new');
    await app.vault.adapter.write('new/b.md', 'b');
    await app.vault.adapter.write('a.md', 'changed');
    await app.vault.adapter.remove('a.md');
    const before = [...events];
    await app.settle();

    expect(before).toEqual([]);
    expect(events).toEqual(['create new', 'create new/b.md', 'delete a.md']);
    expect(app.vault.getFileByPath('new/b.md')?.stat.size).toBe(1);
  });
});
