import { describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { syncFs } from '../../../src/cli/git/syncFs';

describe("syncFs, the CLI's fs", () => {
  test("answers promise calls it does not define through node's own fs.promises, and keeps node's other members", async () => {
    const dir = fs.mkdtempSync(path.join(tmpdir(), 'vault-stack-syncfs-'));
    const file = path.join(dir, 'note.md');
    await syncFs.promises.writeFile(file, 'hello\n');

    await expect(syncFs.promises.access(file)).resolves.toBeUndefined();
    await expect(syncFs.promises.appendFile(file, 'more\n')).resolves.toBeUndefined();
    expect(await syncFs.promises.readFile(file, 'utf8')).toBe('hello\nmore\n');
    await expect(syncFs.promises.lstat(path.join(dir, 'gone.md'))).rejects.toMatchObject({ code: 'ENOENT' });
    expect(syncFs.existsSync(file)).toBe(true);
    expect(syncFs.constants.O_RDONLY).toBe(fs.constants.O_RDONLY);
    expect(typeof syncFs.ReadStream).toBe('function');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test("loading it loads neither node's promise fs nor worker threads (a few ms of every CLI run)", () => {
    const probe = [
      "require('esbuild').buildSync({ entryPoints: [process.argv[1]], bundle: true, platform: 'node', format: 'cjs', write: false, logLevel: 'silent' }).outputFiles[0].text",
    ].join('');
    const source = spawnSync(process.execPath, ['-p', probe, path.join(__dirname, '../../../src/cli/git/syncFs.ts')], {
      encoding: 'utf8',
    });
    expect(source.status).toBe(0);
    const run = spawnSync(
      process.execPath,
      ['-e', `${source.stdout}\n;console.log(JSON.stringify(process.moduleLoadList))`],
      { encoding: 'utf8' },
    );
    const loaded = JSON.parse(run.stdout.trim().split('\n').pop() ?? '[]') as string[];
    expect(loaded).toContain('NativeModule fs');
    expect(loaded).not.toContain('NativeModule internal/fs/promises');
    expect(loaded).not.toContain('NativeModule worker_threads');
  });
});

describe("the CLI's walk and the ignore rules", () => {
  test('opens only the .gitignore files its listings show, listing every folder or keeping their listings', async () => {
    const { listWorkingFiles } = await import('../../../src/git/listWorkingFiles');
    const dir = fs.mkdtempSync(path.join(tmpdir(), 'vault-stack-walk-rules-'));
    const write = (rel: string, text = `${rel}\n`) => {
      fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      fs.writeFileSync(path.join(dir, rel), text);
    };
    for (const rel of ['a/b/c/note.md', 'a/b/d/note.md', 'a/e/note.md', 'f/g/note.md', 'f/g/skip.tmp']) write(rel);
    write('.gitignore', '*.log\n');
    write('f/.gitignore', '*.tmp\n');
    spawnSync('git', ['init', '-q'], { cwd: dir });
    const opened: string[] = [];
    const view = Object.create(syncFs, {
      promises: {
        value: Object.create(syncFs.promises, {
          readFile: {
            value: (p: string, options?: unknown) => {
              if (p.endsWith('/.gitignore')) opened.push(path.relative(dir, p));
              return syncFs.promises.readFile(p, options as undefined);
            },
          },
        }) as typeof syncFs.promises,
      },
    }) as typeof syncFs;
    const walk = async () =>
      (await listWorkingFiles({ fs: view, dir, gitdir: path.join(dir, '.git'), cache: {} })).paths;

    const listed = await walk();
    const firstOpens = opened.splice(0).sort();
    const again = await walk();

    expect(listed).toEqual([
      '.gitignore',
      'a/b/c/note.md',
      'a/b/d/note.md',
      'a/e/note.md',
      'f/.gitignore',
      'f/g/note.md',
      // Ignored files in listed folders are listed: the scan leaves them out.
      'f/g/skip.tmp',
    ]);
    expect(again).toEqual(listed);
    expect(new Set(firstOpens).size).toBe(firstOpens.length);
    expect(firstOpens.every((p) => p === '.gitignore' || p === 'f/.gitignore')).toBe(true);
    expect(opened.every((p) => p === '.gitignore' || p === 'f/.gitignore')).toBe(true);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
