import { afterEach, describe, expect, jest, test } from '@jest/globals';
import { TAbstractFile, TFile, TFolder } from 'obsidian';
import { createTestApp, deleteFromVault, fileAt, folderAt, readVaultFile, takeHandlerErrors } from '../host/testing';

afterEach(() => expect(takeHandlerErrors()).toEqual([]));

/** Records vault events as readable strings. */
function recordVaultEvents(app: ReturnType<typeof createTestApp>): string[] {
  const log: string[] = [];
  const kind = (f: TAbstractFile): string => (f instanceof TFile ? 'file' : f instanceof TFolder ? 'folder' : '?');
  app.vault.on('create', (f: TAbstractFile) => log.push(`create ${kind(f)} ${f.path}`));
  app.vault.on('modify', (f: TAbstractFile) => log.push(`modify ${kind(f)} ${f.path}`));
  app.vault.on('delete', (f: TAbstractFile) => log.push(`delete ${kind(f)} ${f.path}`));
  app.vault.on('rename', (f: TAbstractFile, old: string) => log.push(`rename ${kind(f)} ${old} -> ${f.path}`));
  return log;
}

describe('Vault events', () => {
  test('create, modify, append and delete fire one event each, in order, with the TFile', async () => {
    const app = createTestApp({ files: { 'notes/a.md': 'a' } });
    const log = recordVaultEvents(app);

    const file = await app.vault.create('notes/b.md', 'one');
    await app.vault.modify(file, 'two');
    await app.vault.append(file, ' three');
    await deleteFromVault(app, file);

    expect(log).toEqual([
      'create file notes/b.md',
      'modify file notes/b.md',
      'modify file notes/b.md',
      'delete file notes/b.md',
    ]);
    expect(app.vault.getAbstractFileByPath('notes/b.md')).toBeNull();
  });

  test('a created file has its folder as parent and is listed among the folder children', async () => {
    const app = createTestApp({ files: { 'notes/a.md': 'a' } });

    const file = await app.vault.create('notes/b.md', 'b');

    expect(file.parent).toBe(app.vault.getFolderByPath('notes'));
    expect(file.parent?.children.map((c) => c.name).sort()).toEqual(['a.md', 'b.md']);
    expect([file.basename, file.extension, file.name]).toEqual(['b', 'md', 'b.md']);
  });

  test('rename keeps the same TFile object, updates its names and passes the old path', async () => {
    const app = createTestApp({ files: { 'a.md': 'a', 'archive/keep.md': 'k' } });
    const file = fileAt(app, 'a.md');
    const log = recordVaultEvents(app);

    await app.vault.rename(file, 'archive/b.txt');

    expect(log).toEqual(['rename file a.md -> archive/b.txt']);
    expect(app.vault.getFileByPath('archive/b.txt')).toBe(file);
    expect([file.basename, file.extension, file.parent?.path]).toEqual(['b', 'txt', 'archive']);
    expect(app.vault.getRoot().children).not.toContain(file);
  });

  test('renaming a folder fires rename for the folder and then for every descendant', async () => {
    const app = createTestApp({ files: { 'p/a.md': 'a', 'p/sub/b.md': 'b' } });
    const log = recordVaultEvents(app);

    await app.vault.rename(folderAt(app, 'p'), 'q');

    expect(log).toEqual([
      'rename folder p -> q',
      'rename file p/a.md -> q/a.md',
      'rename folder p/sub -> q/sub',
      'rename file p/sub/b.md -> q/sub/b.md',
    ]);
    expect(readVaultFile(app, 'q/sub/b.md')).toBe('b');
  });

  test('deleting a folder fires delete for the children before the folder', async () => {
    const app = createTestApp({ files: { 'p/a.md': 'a', 'p/sub/b.md': 'b' } });
    const log = recordVaultEvents(app);

    await deleteFromVault(app, folderAt(app, 'p'), true);

    expect(log).toEqual(['delete file p/a.md', 'delete file p/sub/b.md', 'delete folder p/sub', 'delete folder p']);
  });

  test('createFolder creates missing ancestors, firing create parent first, and rejects an existing folder', async () => {
    const app = createTestApp();
    const log = recordVaultEvents(app);

    await app.vault.createFolder('x/y');

    expect(log).toEqual(['create folder x', 'create folder x/y']);
    await expect(app.vault.createFolder('x/y')).rejects.toThrow('Folder already exists.');
  });

  test('create rejects an existing path and a missing parent folder', async () => {
    const app = createTestApp({ files: { 'a.md': 'a' } });

    await expect(app.vault.create('a.md', 'again')).rejects.toThrow('File already exists.');
    await expect(app.vault.create('missing/b.md', 'b')).rejects.toMatchObject({ code: 'ENOENT' });
  });

  test('modify updates mtime and size, keeps ctime, and honours DataWriteOptions', async () => {
    const app = createTestApp({ files: { 'a.md': 'a' }, now: 1_000 });
    const file = fileAt(app, 'a.md');
    const before = file.stat;

    await app.vault.modify(file, 'hello');
    const afterModify = file.stat;
    await app.vault.modify(file, 'x', { mtime: 42 });

    expect(afterModify.mtime).toBeGreaterThan(before.mtime);
    expect(afterModify.ctime).toBe(before.ctime);
    expect(afterModify.size).toBe(5);
    expect(file.stat.mtime).toBe(42);
  });

  test('sizes count UTF-8 bytes', async () => {
    const app = createTestApp();

    const file = await app.vault.create('u.md', 'é€😀');

    expect(file.stat.size).toBe(2 + 3 + 4);
  });

  test('a handler that throws is logged and does not stop the other handlers', async () => {
    const app = createTestApp();
    const seen: string[] = [];
    const error = jest.spyOn(console, 'error').mockImplementation(() => {});
    app.vault.on('create', () => {
      throw new Error('boom');
    });
    app.vault.on('create', (f: TAbstractFile) => seen.push(f.path));

    await app.vault.create('a.md', '');

    expect(seen).toEqual(['a.md']);
    expect(error).toHaveBeenCalled();
    expect(takeHandlerErrors()).toEqual([new Error('boom')]);
    error.mockRestore();
  });

  test('getMarkdownFiles, getFiles and getAllLoadedFiles list what the vault shows (never dot paths)', () => {
    const app = createTestApp({
      files: { 'a.md': '', 'img/b.png': new Uint8Array([1]), '.trash/old.md': 'x', '.git/HEAD': 'ref' },
    });

    expect(app.vault.getMarkdownFiles().map((f) => f.path)).toEqual(['a.md']);
    expect(
      app.vault
        .getFiles()
        .map((f) => f.path)
        .sort(),
    ).toEqual(['a.md', 'img/b.png']);
    expect(
      app.vault
        .getAllLoadedFiles()
        .map((f) => f.path)
        .sort(),
    ).toEqual(['/', 'a.md', 'img', 'img/b.png']);
    expect(app.vault.getRoot().isRoot()).toBe(true);
  });
});

describe('Vault.process', () => {
  test('concurrent process calls never lose an update', async () => {
    const app = createTestApp({ files: { 'n.md': '0' } });
    const file = fileAt(app, 'n.md');
    const increment = (text: string): string => String(Number(text) + 1);

    await Promise.all(Array.from({ length: 20 }, () => app.vault.process(file, increment)));

    expect(readVaultFile(app, 'n.md')).toBe('20');
  });

  test('read-then-modify without process does lose updates (what process protects against)', async () => {
    const app = createTestApp({ files: { 'n.md': '0' } });
    const file = fileAt(app, 'n.md');
    const readModify = async (): Promise<void> => {
      const text = await app.vault.read(file);
      await app.vault.modify(file, String(Number(text) + 1));
    };

    await Promise.all([readModify(), readModify()]);

    expect(readVaultFile(app, 'n.md')).toBe('1');
  });

  test('a throwing callback leaves the file untouched and fires no event', async () => {
    const app = createTestApp({ files: { 'n.md': 'keep' } });
    const file = fileAt(app, 'n.md');
    const log = recordVaultEvents(app);

    await expect(
      app.vault.process(file, () => {
        throw new Error('nope');
      }),
    ).rejects.toThrow('nope');

    expect(readVaultFile(app, 'n.md')).toBe('keep');
    expect(log).toEqual([]);
  });

  test('process returns the written text and fires modify once', async () => {
    const app = createTestApp({ files: { 'n.md': 'Hello' } });
    const log = recordVaultEvents(app);

    const written = await app.vault.process(fileAt(app, 'n.md'), (t) => t.replace('Hello', 'World'));

    expect(written).toBe('World');
    expect(log).toEqual(['modify file n.md']);
  });
});
