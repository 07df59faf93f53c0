import { afterEach, describe, expect, test } from '@jest/globals';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { crc32, FOLDER_CACHE, folderTimesMove, openFolderCache } from '../../../src/cli/git/folderCache';
import * as zlib from 'node:zlib';
import { syncFs } from '../../../src/cli/git/syncFs';
import { GitRepo } from '../../../src/git/GitRepo';
import type { GitFs } from '../../../src/git/GitFs';
import { listWorkingFiles } from '../../../src/git/listWorkingFiles';
import { git } from '../../git/support/nativeGit';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function write(dir: string, rel: string, text = `${rel}\n`): void {
  fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
  fs.writeFileSync(path.join(dir, rel), text);
}

/** A committed vault with deep folders, a root `.gitignore` and an ignored folder (and one non-ASCII name unless `ascii`). */
function vault(ascii = false): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vault-stack-folders-'));
  made.push(dir);
  for (const rel of [
    'Home.md',
    'a/one.md',
    'a/b/two.md',
    ascii ? 'a/b/plain.md' : 'a/b/ünï 😀.md',
    'a/b/c/d/deep.md',
    'a/b/c/d/deeper.md',
    'a-b/side.md',
    'e/f/other.md',
    'g/h/moved.md',
    'x/y/z.md',
  ])
    write(dir, rel);
  write(dir, '.gitignore', 'build/\n');
  write(dir, 'build/out.md');
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'import');
  return dir;
}

/** How many walks handed lstatColumns the paths joined (each checked to be exactly `paths.join('\0')`). */
let joinedGiven = 0;

/** The CLI's fs with the folder cache on a clock `ahead` ms from now, counting the folders it lists. */
function cachedFs(listed: string[], ahead = 60_000): GitFs {
  return Object.create(syncFs, {
    lstatColumns: {
      value: (...[prefix, paths, options]: Parameters<typeof syncFs.lstatColumns>) => {
        // The lstat helper thread takes its paths from this string: row for row, or its stats go to other files.
        if (options?.joined !== undefined) {
          expect(options.joined()).toBe(paths.join('\0'));
          joinedGiven++;
        }
        return syncFs.lstatColumns(prefix, paths, options);
      },
    },
    readdirTyped: {
      value: (p: string) => {
        listed.push(p);
        return syncFs.readdirTyped(p);
      },
    },
    folderListings: {
      value: (root: string, gitdir: string) => openFolderCache(root, gitdir, { now: () => Date.now() + ahead }),
    },
  }) as GitFs;
}

const uncached = Object.create(syncFs, { folderListings: { value: undefined } }) as GitFs;

/** What `git status --porcelain --untracked-files=all` says, as `?? path`, ` M path`, ` D path` lines. */
function nativeStatus(dir: string): string[] {
  return git(dir, 'status', '--porcelain', '--untracked-files=all')
    .split('\n')
    .filter(Boolean)
    .map((line) => `${line.slice(0, 2).trim() === '??' ? '??' : ` ${line[1]}`} ${line.slice(3)}`)
    .sort();
}

/** Our scan over `fs`, in the same lines, after checking the walk lists exactly what an uncached walk lists. */
async function ourStatus(dir: string, fs: GitFs): Promise<string[]> {
  const ctx = (f: GitFs) => ({ fs: f, dir, gitdir: path.join(dir, '.git'), cache: {} });
  const files = await listWorkingFiles(ctx(fs));
  expect(files).toEqual(await listWorkingFiles(ctx(uncached)));
  const scan = await new GitRepo({ fs, dir, configDir: '.obsidian' }).scan(files);
  return [
    ...scan.added.map((p) => `?? ${p}`),
    ...scan.modified.map((p) => ` M ${p}`),
    ...scan.deleted.map((p) => ` D ${p}`),
  ].sort();
}

/** Lists with the cache (which is then written) and checks the scan agrees with git; answers the folders listed. */
async function agrees(dir: string, ahead?: number): Promise<string[]> {
  const listed: string[] = [];
  expect(await ourStatus(dir, cachedFs(listed, ahead))).toEqual(nativeStatus(dir));
  return listed.map((p) => path.relative(dir, p)).sort();
}

const cacheFile = (dir: string) => path.join(dir, '.git', FOLDER_CACHE);
const ALL = ['', 'a', 'a-b', 'a/b', 'a/b/c', 'a/b/c/d', 'e', 'e/f', 'g', 'g/h', 'x', 'x/y'];

describe('folder cache (the CLI walk keeps folder listings under .git, as git keeps its untracked cache)', () => {
  test.each([
    ['', false],
    [' (ASCII names only: the cache text is read as Latin-1)', true],
  ])(
    'an unchanged vault is walked without listing any folder, and the scan agrees with git%s',
    async (_name, ascii) => {
      const dir = vault(ascii);
      expect(await agrees(dir)).toEqual(ALL);
      expect(fs.existsSync(cacheFile(dir))).toBe(true);

      joinedGiven = 0;
      expect(await agrees(dir)).toEqual([]);
      expect(await agrees(dir)).toEqual([]);
      expect(joinedGiven).toBe(2);
    },
  );

  test.each<[string, (dir: string) => void, string[]]>([
    ['a file added in a deep folder', (d) => write(d, 'a/b/c/d/new.md'), ['a/b/c/d']],
    ['a file deleted in a deep folder', (d) => fs.rmSync(path.join(d, 'a/b/c/d/deep.md')), ['a/b/c/d']],
    [
      'a file renamed into another folder',
      (d) => fs.renameSync(path.join(d, 'g/h/moved.md'), path.join(d, 'a/b/moved.md')),
      ['a/b', 'g/h'],
    ],
    ['a file renamed in its folder', (d) => fs.renameSync(path.join(d, 'a/one.md'), path.join(d, 'a/uno.md')), ['a']],
    ['a folder added', (d) => write(d, 'e/new/inside/n.md'), ['e', 'e/new', 'e/new/inside']],
    [
      'a file replaced by a folder',
      (d) => {
        fs.rmSync(path.join(d, 'a/one.md'));
        write(d, 'a/one.md/inner.md');
      },
      ['a', 'a/one.md'],
    ],
    [
      'two folders swapped (same names, other inodes)',
      (d) => {
        fs.renameSync(path.join(d, 'e/f'), path.join(d, 'tmp'));
        fs.renameSync(path.join(d, 'g/h'), path.join(d, 'e/f'));
        fs.renameSync(path.join(d, 'tmp'), path.join(d, 'g/h'));
      },
      ['', 'e', 'e/f', 'g', 'g/h'],
    ],
    ['a file edited (no folder moves)', (d) => fs.appendFileSync(path.join(d, 'a/b/c/d/deep.md'), 'more\n'), []],
  ])(
    'after %s the scan agrees with git, and only the folders that moved are listed',
    async (_name, change, relisted) => {
      const dir = vault();
      await agrees(dir);
      change(dir);

      expect(await agrees(dir)).toEqual(relisted);
      expect(await agrees(dir)).toEqual([]);
    },
  );

  test('a file replaced by a folder and back agrees with git at each step', async () => {
    const dir = vault();
    await agrees(dir);
    fs.rmSync(path.join(dir, 'x/y/z.md'));
    write(dir, 'x/y/z.md/inside.md');
    await agrees(dir);
    fs.rmSync(path.join(dir, 'x/y/z.md'), { recursive: true });
    write(dir, 'x/y/z.md', 'back\n');

    expect(await agrees(dir)).toEqual(['x/y']);
    expect(nativeStatus(dir)).toEqual([' M x/y/z.md']);
  });

  test('a change of the ignore rules (a .gitignore or info/exclude edited in place, no folder moves) lists every folder again, and takes effect', async () => {
    const dir = vault();
    write(dir, 'a/b/.gitignore', '# none yet\n');
    write(dir, 'a/b/u/untracked.md');
    write(dir, 'e/scratch/untracked.md');
    expect(nativeStatus(dir)).toContain('?? a/b/u/untracked.md');
    await agrees(dir);
    expect(await agrees(dir)).toEqual([]);

    // Not `u/`: the matcher, held equal to isomorphic-git's, misses folder-only rules below the root
    // for folders (the files inside are still ignored).
    fs.writeFileSync(path.join(dir, 'a/b/.gitignore'), 'u\n');
    expect(await agrees(dir)).toEqual([...ALL, 'e/scratch'].sort());
    expect(nativeStatus(dir)).not.toContain('?? a/b/u/untracked.md');
    expect(await agrees(dir)).toEqual([]);

    fs.appendFileSync(path.join(dir, '.git/info/exclude'), 'scratch/\n');
    expect(await agrees(dir)).toEqual(ALL);
    expect(nativeStatus(dir)).not.toContain('?? e/scratch/untracked.md');
    expect(await agrees(dir)).toEqual([]);

    fs.writeFileSync(path.join(dir, '.gitignore'), '');
    expect(await agrees(dir)).toEqual([...ALL, 'build'].sort());
    expect(await agrees(dir)).toEqual([]);
  });

  test('a .gitignore added to a folder applies below it at once (kept listings below are not trusted)', async () => {
    const dir = vault();
    write(dir, 'a/b/c/tmp/x.md');
    write(dir, 'a/b/c/tmp/y/z.md');
    await agrees(dir);
    expect(await agrees(dir)).toEqual([]);

    write(dir, 'a/b/c/.gitignore', 'tmp\n');
    const listed = await agrees(dir);
    expect(listed).toContain('a/b/c');
    expect(listed).not.toContain('a/b/c/tmp');
    expect(nativeStatus(dir)).toEqual(['?? a/b/c/.gitignore']);
    expect(await agrees(dir)).toEqual([]);

    fs.rmSync(path.join(dir, 'a/b/c/.gitignore'));
    expect(await agrees(dir)).toContain('a/b/c/tmp');
    expect(nativeStatus(dir)).toEqual(['?? a/b/c/tmp/x.md', '?? a/b/c/tmp/y/z.md']);
  });

  test('a .gitignore made recently is not trusted: the next walk lists every folder again', async () => {
    const dir = vault();
    write(dir, 'w/v/u.md');
    await agrees(dir);
    fs.writeFileSync(path.join(dir, '.gitignore'), 'build/\nw/\n');
    // The walk's clock says the rules changed a moment ago: nothing is stored.
    expect(await agrees(dir, 0)).toEqual(ALL);
    expect(await agrees(dir)).toEqual(ALL);
    expect(await agrees(dir)).toEqual([]);
  });

  test('tracked files in a folder the ignore rules exclude stay tracked, as git keeps them: unchanged, edited, deleted', async () => {
    const dir = vault();
    fs.writeFileSync(path.join(dir, '.gitignore'), 'build/\nx/\n');
    git(dir, 'commit', '-q', '-am', 'ignore x');
    write(dir, 'x/y/untracked.md');
    expect(await agrees(dir)).not.toContain('x');
    expect(nativeStatus(dir)).toEqual([]);

    fs.appendFileSync(path.join(dir, 'x/y/z.md'), 'more\n');
    await agrees(dir);
    expect(nativeStatus(dir)).toEqual([' M x/y/z.md']);

    fs.rmSync(path.join(dir, 'x/y/z.md'));
    await agrees(dir);
    expect(nativeStatus(dir)).toEqual([' D x/y/z.md']);
  });

  test('a folder that changed within the settling time of the walk is not kept, and is listed again next time', async () => {
    const dir = vault();
    // The clock of the first walk is now: every folder was made within the last seconds.
    expect(await agrees(dir, 0)).toEqual(ALL);
    expect(await agrees(dir)).toEqual(ALL);
    expect(await agrees(dir)).toEqual([]);
  });

  test('a folder changed in the same clock tick as the cached listing (its mtime put back) is listed again: its ctime moved', async () => {
    const dir = vault();
    const folder = path.join(dir, 'a/b/c/d');
    fs.utimesSync(folder, 1_700_000_000, 1_700_000_000);
    await agrees(dir);
    expect(await agrees(dir)).toEqual([]);

    write(dir, 'a/b/c/d/same-tick.md');
    fs.utimesSync(folder, 1_700_000_000, 1_700_000_000);
    expect(fs.statSync(folder).mtimeMs).toBe(1_700_000_000_000);

    expect(await agrees(dir)).toEqual(['a/b/c/d']);
    expect(nativeStatus(dir)).toEqual(['?? a/b/c/d/same-tick.md']);
  });

  test('a folder changed right after the cache was written is listed again', async () => {
    const dir = vault();
    await agrees(dir);
    write(dir, 'x/y/quick.md');

    expect(await agrees(dir, 0)).toEqual(['x/y']);
  });

  test.each<[string, (file: string) => void]>([
    ['cut short', (f) => fs.truncateSync(f, Math.floor(fs.statSync(f).size / 2))],
    ['empty', (f) => fs.writeFileSync(f, '')],
    ['damaged (one byte of a name changed)', (f) => flipByte(f, fs.statSync(f).size - 30)],
    ['damaged (one byte of a stat changed)', (f) => flipByte(f, 40)],
    ['of another format', (f) => fs.writeFileSync(f, 'not a folder cache\n'.repeat(10))],
    [
      'of another version',
      (f) => {
        const bytes = fs.readFileSync(f);
        bytes.writeUInt32LE(99, 4);
        fs.writeFileSync(f, bytes);
      },
    ],
    [
      'unreadable (a folder)',
      (f) => {
        fs.rmSync(f);
        fs.mkdirSync(f);
      },
    ],
  ])('a cache file %s is ignored: every folder is listed, the scan agrees with git', async (_name, spoil) => {
    const dir = vault();
    await agrees(dir);
    write(dir, 'a/b/c/d/new.md');
    spoil(cacheFile(dir));

    expect(await agrees(dir)).toEqual(ALL);
    if (fs.statSync(cacheFile(dir)).isFile()) expect(await agrees(dir)).toEqual([]);
  });

  test('is written atomically under .git only, never in the vault, and not at all without a .git folder', async () => {
    const dir = vault();
    await agrees(dir);
    expect(fs.readdirSync(path.join(dir, '.git/vault-stack'))).toEqual(['folders']);
    expect(nativeStatus(dir)).toEqual([]);

    const bare = fs.mkdtempSync(path.join(os.tmpdir(), 'vault-stack-folders-nogit-'));
    made.push(bare);
    write(bare, 'n/note.md');
    const files = await listWorkingFiles({ fs: cachedFs([]), dir: bare, gitdir: path.join(bare, '.git'), cache: {} });
    expect(files.paths).toEqual(['n/note.md']);
    expect(fs.readdirSync(bare)).toEqual(['n']);
  });
});

describe("crc32 (the cache file's check sum)", () => {
  test("computed without zlib's (node before 20.15) is zlib's CRC-32", () => {
    const native = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;
    if (native === undefined) return;
    for (const size of [0, 1, 7, 256, 100_003]) {
      const bytes = Uint8Array.from({ length: size }, (_, i) => (i * 2654435761) >>> 24);
      expect(crc32(bytes, undefined)).toBe(native(bytes));
      expect(crc32(bytes)).toBe(native(bytes));
    }
  });
});

describe('folderTimesMove (the file system check made before a cache is written)', () => {
  test("says this file system moves a folder's mtime when an entry comes and goes, and leaves nothing behind", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vault-stack-probe-'));
    made.push(dir);

    expect(folderTimesMove(path.join(dir, 'cache'))).toBe(true);
    expect(fs.readdirSync(path.join(dir, 'cache'))).toEqual([]);
  });
});

function flipByte(file: string, at: number): void {
  const bytes = fs.readFileSync(file);
  bytes[at] ^= 0x01;
  fs.writeFileSync(file, bytes);
}
