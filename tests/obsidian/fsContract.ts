import { describe, expect, it } from '@jest/globals';
import { setTimeout as sleep } from 'node:timers/promises';

/** The promise fs surface isomorphic-git uses; node's `fs` and `vaultFs` both provide it. */
export interface ContractFs {
  promises: {
    readFile(path: string, options?: string | { encoding?: string | null }): Promise<Uint8Array | string>;
    writeFile(path: string, data: Uint8Array | string, options?: unknown): Promise<void>;
    unlink(path: string): Promise<void>;
    readdir(path: string): Promise<string[]>;
    mkdir(path: string, options?: { recursive?: boolean }): Promise<unknown>;
    rmdir(path: string): Promise<void>;
    stat(path: string): Promise<{
      size: number;
      mode: number;
      ino: number;
      mtimeMs: number;
      isFile(): boolean;
      isDirectory(): boolean;
      isSymbolicLink(): boolean;
    }>;
    lstat(path: string): Promise<{ size: number; isFile(): boolean; isDirectory(): boolean }>;
    readlink(path: string): Promise<unknown>;
  };
}

/** A fresh, empty folder to work in, and how to name paths inside it. */
export interface ContractTarget {
  fs: ContractFs;
  /** Path of a file or folder inside the fresh folder. */
  path: (relative: string) => string;
}

async function codeOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (err) {
    return (err as { code?: unknown }).code;
  }
  return 'no error';
}

const ALL_BYTES = Uint8Array.from({ length: 256 }, (_, i) => i);

/**
 * The fs behaviour isomorphic-git relies on, as node's fs shows it. Runs against any target;
 * `makeTarget` gives a fresh empty folder per test.
 */
export function describeFsContract(name: string, makeTarget: () => Promise<ContractTarget>): void {
  describe(`${name} fs contract`, () => {
    it('round-trips every byte value through writeFile and readFile', async () => {
      const { fs, path } = await makeTarget();

      await fs.promises.writeFile(path('blob'), ALL_BYTES);
      const read = await fs.promises.readFile(path('blob'));

      expect(typeof read).not.toBe('string');
      expect([...(read as Uint8Array)]).toEqual([...ALL_BYTES]);
    });

    it('reads text with an encoding given as a string or as options', async () => {
      const { fs, path } = await makeTarget();
      await fs.promises.writeFile(path('note.md'), '# Café ☕\n', 'utf8');

      const asString = await fs.promises.readFile(path('note.md'), 'utf8');
      const asOption = await fs.promises.readFile(path('note.md'), { encoding: 'utf8' });
      const bytes = await fs.promises.readFile(path('note.md'));

      expect(asString).toBe('# Café ☕\n');
      expect(asOption).toBe('# Café ☕\n');
      expect([...(bytes as Uint8Array)]).toEqual([...new TextEncoder().encode('# Café ☕\n')]);
    });

    it('writes only the viewed bytes of a Uint8Array that is a window on a larger buffer', async () => {
      const { fs, path } = await makeTarget();
      const window = new Uint8Array([9, 9, 1, 2, 3, 9]).subarray(2, 5);

      await fs.promises.writeFile(path('window'), window);

      expect([...((await fs.promises.readFile(path('window'))) as Uint8Array)]).toEqual([1, 2, 3]);
    });

    it('replaces a file on a second write', async () => {
      const { fs, path } = await makeTarget();
      await fs.promises.writeFile(path('f'), 'first, longer text');

      await fs.promises.writeFile(path('f'), 'second');

      expect(await fs.promises.readFile(path('f'), 'utf8')).toBe('second');
    });

    it('fails reads of missing paths with ENOENT, of folders with EISDIR, and through files with ENOTDIR', async () => {
      const { fs, path } = await makeTarget();
      await fs.promises.mkdir(path('folder'));
      await fs.promises.writeFile(path('file'), 'x');

      expect(await codeOf(fs.promises.readFile(path('missing')))).toBe('ENOENT');
      expect(await codeOf(fs.promises.readFile(path('missing/deeper')))).toBe('ENOENT');
      expect(await codeOf(fs.promises.readFile(path('folder')))).toBe('EISDIR');
      expect(await codeOf(fs.promises.readFile(path('file/child')))).toBe('ENOTDIR');
    });

    it('fails a write onto a folder with EISDIR', async () => {
      const { fs, path } = await makeTarget();
      await fs.promises.mkdir(path('folder'));

      expect(await codeOf(fs.promises.writeFile(path('folder'), 'x'))).toBe('EISDIR');
    });

    it('unlinks a file, and fails on a missing path or a folder', async () => {
      const { fs, path } = await makeTarget();
      await fs.promises.writeFile(path('f'), 'x');
      await fs.promises.mkdir(path('folder'));

      await fs.promises.unlink(path('f'));

      expect(await codeOf(fs.promises.stat(path('f')))).toBe('ENOENT');
      expect(await codeOf(fs.promises.unlink(path('f')))).toBe('ENOENT');
      expect(await codeOf(fs.promises.unlink(path('folder')))).toBe('EISDIR');
    });

    it('lists a folder by name, hidden entries included', async () => {
      const { fs, path } = await makeTarget();
      await fs.promises.mkdir(path('.git'));
      await fs.promises.mkdir(path('Notes'));
      await fs.promises.writeFile(path('.gitignore'), '.trash/\n');
      await fs.promises.writeFile(path('Notes/a.md'), 'a');
      await fs.promises.writeFile(path('Notes/b.md'), 'b');

      const root = await fs.promises.readdir(path(''));
      const notes = await fs.promises.readdir(path('Notes'));

      expect([...root].sort()).toEqual(['.git', '.gitignore', 'Notes']);
      expect([...notes].sort()).toEqual(['a.md', 'b.md']);
    });

    it('fails readdir of a missing path with ENOENT and of a file with ENOTDIR', async () => {
      const { fs, path } = await makeTarget();
      await fs.promises.writeFile(path('file'), 'x');

      expect(await codeOf(fs.promises.readdir(path('missing')))).toBe('ENOENT');
      expect(await codeOf(fs.promises.readdir(path('file')))).toBe('ENOTDIR');
    });

    it('makes one folder, and fails with EEXIST when it exists and ENOENT when its parent is missing', async () => {
      const { fs, path } = await makeTarget();
      await fs.promises.writeFile(path('file'), 'x');

      await fs.promises.mkdir(path('objects'));

      expect((await fs.promises.stat(path('objects'))).isDirectory()).toBe(true);
      expect(await codeOf(fs.promises.mkdir(path('objects')))).toBe('EEXIST');
      expect(await codeOf(fs.promises.mkdir(path('file')))).toBe('EEXIST');
      expect(await codeOf(fs.promises.mkdir(path('a/b')))).toBe('ENOENT');
      expect(await codeOf(fs.promises.mkdir(path('file/sub')))).toBe('ENOTDIR');
    });

    it('makes nested folders with recursive, and accepts an existing one', async () => {
      const { fs, path } = await makeTarget();

      await fs.promises.mkdir(path('a/b/c'), { recursive: true });
      await fs.promises.mkdir(path('a/b'), { recursive: true });

      expect((await fs.promises.stat(path('a/b/c'))).isDirectory()).toBe(true);
    });

    it('removes an empty folder and refuses a full one, a missing one, and a file', async () => {
      const { fs, path } = await makeTarget();
      await fs.promises.mkdir(path('empty'));
      await fs.promises.mkdir(path('full'));
      await fs.promises.writeFile(path('full/f'), 'x');

      await fs.promises.rmdir(path('empty'));

      expect(await codeOf(fs.promises.stat(path('empty')))).toBe('ENOENT');
      expect(await codeOf(fs.promises.rmdir(path('full')))).toBe('ENOTEMPTY');
      expect(await codeOf(fs.promises.rmdir(path('empty')))).toBe('ENOENT');
      expect(await codeOf(fs.promises.rmdir(path('full/f')))).toBe('ENOTDIR');
    });

    it('stats files and folders with the fields isomorphic-git reads', async () => {
      const { fs, path } = await makeTarget();
      await fs.promises.writeFile(path('f'), 'hello');
      await fs.promises.mkdir(path('d'));

      const file = await fs.promises.stat(path('f'));
      const folder = await fs.promises.stat(path('d'));
      const link = await fs.promises.lstat(path('f'));

      expect([file.isFile(), file.isDirectory(), file.isSymbolicLink(), file.size]).toEqual([true, false, false, 5]);
      expect(file.mode & 0o170000).toBe(0o100000);
      expect(folder.mode & 0o170000).toBe(0o040000);
      expect([folder.isFile(), folder.isDirectory()]).toEqual([false, true]);
      expect(Number.isFinite(file.mtimeMs) && Number.isInteger(file.ino)).toBe(true);
      expect([link.isFile(), link.size]).toEqual([true, 5]);
      expect(await codeOf(fs.promises.stat(path('missing')))).toBe('ENOENT');
      expect(await codeOf(fs.promises.lstat(path('f/child')))).toBe('ENOTDIR');
    });

    it('fails readlink of a regular file with EINVAL and of a missing path with ENOENT', async () => {
      const { fs, path } = await makeTarget();
      await fs.promises.writeFile(path('f'), 'x');

      expect(await codeOf(fs.promises.readlink(path('f')))).toBe('EINVAL');
      expect(await codeOf(fs.promises.readlink(path('missing')))).toBe('ENOENT');
    });

    it('gives the same stats for an unchanged file and new ones after a write', async () => {
      const { fs, path } = await makeTarget();
      await fs.promises.writeFile(path('f'), 'one');
      const first = await fs.promises.stat(path('f'));
      const again = await fs.promises.stat(path('f'));
      // Coarse kernel timestamps: let the clock move so the second write gets a later mtime.
      await sleep(20);

      await fs.promises.writeFile(path('f'), 'three');
      const after = await fs.promises.stat(path('f'));

      expect([again.ino, again.mtimeMs, again.size]).toEqual([first.ino, first.mtimeMs, first.size]);
      expect(after.ino).toBe(first.ino);
      expect(after.size).toBe(5);
      expect(after.mtimeMs).toBeGreaterThan(first.mtimeMs);
    });
  });
}
