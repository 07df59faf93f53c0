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
