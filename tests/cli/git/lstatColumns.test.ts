import { describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { lstatColumns, prestartLstatHelper, rawLstatFor } from '../../../src/cli/git/lstatColumns';

/** The source of the waiting thread bin/vault-stack.js starts for `commit` (the string literals it joins). */
function binWaitingSource(): string {
  const bin = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'bin', 'vault-stack.js'), 'utf8');
  const literal = /new Worker\(\s*((?:"(?:[^"\\]|\\.)*"\s*\+?\s*)+),\s*\{ eval: true/.exec(bin);
  if (literal === null) throw new Error('no waiting thread in bin/vault-stack.js');
  return (literal[1].match(/"(?:[^"\\]|\\.)*"/g) ?? []).map((part) => JSON.parse(part) as string).join('');
}

/** A folder of `count` notes plus a symbolic link, a folder, a FIFO, a missing path and one under a file. */
function mixedPaths(count: number): string[] {
  const dir = fs.mkdtempSync(path.join(tmpdir(), 'vault-stack-lstat-'));
  const paths: string[] = [];
  for (let i = 0; i < count; i++) {
    const file = path.join(dir, `note-${i}.md`);
    fs.writeFileSync(file, 'x'.repeat(i % 50));
    paths.push(file);
  }
  fs.symlinkSync('note-0.md', path.join(dir, 'link.md'));
  fs.mkdirSync(path.join(dir, 'folder'));
  spawnSync('mkfifo', [path.join(dir, 'pipe')]);
  paths.splice(count >> 1, 0, path.join(dir, 'link.md'), path.join(dir, 'folder'), path.join(dir, 'pipe'));
  paths.push(path.join(dir, 'gone.md'), path.join(dir, 'note-1.md', 'under-a-file.md'));
  return paths;
}

/** What lstat says of each path, one call at a time: mode 0 for a path that is not there. */
function oneByOne(paths: readonly string[]): { mode: number[]; size: number[]; mtimeMs: number[] } {
  const stats = paths.map((p) => {
    try {
      return fs.lstatSync(p);
    } catch {
      return undefined;
    }
  });
  return {
    mode: stats.map((s) => s?.mode ?? 0),
    size: stats.map((s) => s?.size ?? 0),
    mtimeMs: stats.map((s) => s?.mtimeMs ?? 0),
  };
}

describe('lstatColumns', () => {
  test.each([
    ['with a helper thread starting first', { helper: true, helperFirst: true }],
    ['with a helper thread racing the main thread', { helper: true }],
    ['on the main thread alone', { helper: false }],
    ['with a helper thread, through lstatSync', { helper: true, helperFirst: true, raw: false }],
    ['on the main thread alone, through lstatSync', { helper: false, raw: false }],
  ])('gives what lstat gives for every path, missing ones as mode 0, %s', (_name, options) => {
    const paths = mixedPaths(9000);

    const columns = lstatColumns('', paths, options);

    expect({ mode: [...columns.mode], size: [...columns.size], mtimeMs: [...columns.mtimeMs] }).toEqual(
      oneByOne(paths),
    );
    expect(columns.mode[paths.length - 1]).toBe(0);
    fs.rmSync(path.dirname(paths[0]), { recursive: true, force: true });
  });

  test.each([
    ['with a helper thread', { helper: true, helperFirst: true }],
    ['on the main thread alone', { helper: false }],
  ])(
    'lstats paths relative to a folder prefix as lstat gives them, leaving the working folder as it was, %s',
    (_name, options) => {
      const paths = mixedPaths(9000);
      const dir = path.dirname(paths[0]);
      const cwd = process.cwd();

      const columns = lstatColumns(
        `${dir}/`,
        paths.map((p) => path.relative(dir, p)),
        options,
      );

      expect(process.cwd()).toBe(cwd);
      expect({ mode: [...columns.mode], size: [...columns.size], mtimeMs: [...columns.mtimeMs] }).toEqual(
        oneByOne(paths),
      );
      fs.rmSync(dir, { recursive: true, force: true });
    },
  );

  test.each([
    ['with a helper thread', { helper: true, helperFirst: true }],
    ['on the main thread alone', { helper: false }],
  ])(
    "runs the caller's other work once, inside the prefix folder, told whether the lstats are shared, and the rows are still right, %s",
    (_name, options) => {
      const paths = mixedPaths(9000);
      const dir = path.dirname(paths[0]);
      const ran: [string, boolean][] = [];

      const columns = lstatColumns(
        `${dir}/`,
        paths.map((p) => path.relative(dir, p)),
        { ...options, meanwhile: (shared) => ran.push([process.cwd(), shared]) },
      );

      expect(ran).toEqual([[fs.realpathSync(dir), options.helper]]);
      expect({ mode: [...columns.mode], size: [...columns.size], mtimeMs: [...columns.mtimeMs] }).toEqual(
        oneByOne(paths),
      );
      fs.rmSync(dir, { recursive: true, force: true });
    },
  );

  test.each([
    ['for as many paths as were announced', 9000],
    ['for fewer paths than were announced (the helper is let go)', 300],
  ])('a helper started ahead of its job gives what lstat gives %s', (_name, count) => {
    prestartLstatHelper(9000, () => true);
    const paths = mixedPaths(count);

    const columns = lstatColumns('', paths, { helperFirst: count >= 9000 });

    expect({ mode: [...columns.mode], size: [...columns.size], mtimeMs: [...columns.mtimeMs] }).toEqual(
      oneByOne(paths),
    );
    fs.rmSync(path.dirname(paths[0]), { recursive: true, force: true });
  });

  test('a thread bin/vault-stack.js started before the bundle was read is taken and gives what lstat gives', () => {
    // The very thread the entry starts for `commit`, from its own source.
    const { Worker } = require('node:worker_threads') as typeof import('node:worker_threads');
    const thread = new Worker(binWaitingSource(), { eval: true, stdout: false, stderr: false });
    thread.unref();
    const holder = globalThis as Record<symbol, unknown>;
    holder[Symbol.for('vault-stack.waitingWorker')] = thread;
    const paths = mixedPaths(9000);

    // helperFirst: the main thread waits for the thread's first claim, so the rows it gave are checked too.
    const columns = lstatColumns('', paths, { helperFirst: true });

    expect(holder[Symbol.for('vault-stack.waitingWorker')]).toBeUndefined();
    expect({ mode: [...columns.mode], size: [...columns.size], mtimeMs: [...columns.mtimeMs] }).toEqual(
      oneByOne(paths),
    );
    fs.rmSync(path.dirname(paths[0]), { recursive: true, force: true });
  });

  test('a thread bin/vault-stack.js started is let go when fewer paths are announced, and the rows are still right', () => {
    const { Worker } = require('node:worker_threads') as typeof import('node:worker_threads');
    const thread = new Worker(binWaitingSource(), { eval: true, stdout: false, stderr: false });
    thread.unref();
    let exited = false;
    thread.on('exit', () => (exited = true));
    const holder = globalThis as Record<symbol, unknown>;
    holder[Symbol.for('vault-stack.waitingWorker')] = thread;

    prestartLstatHelper(300, () => true);
    const paths = mixedPaths(300);
    const columns = lstatColumns('', paths);

    expect(holder[Symbol.for('vault-stack.waitingWorker')]).toBeUndefined();
    expect({ mode: [...columns.mode], size: [...columns.size], mtimeMs: [...columns.mtimeMs] }).toEqual(
      oneByOne(paths),
    );
    fs.rmSync(path.dirname(paths[0]), { recursive: true, force: true });
    return new Promise<void>((resolve) => (exited ? resolve() : thread.once('exit', () => resolve())));
  });

  test('a process whose pre-started thread got no work exits by itself, with its code', () => {
    const child = spawnSync(
      process.execPath,
      [
        '-e',
        `const { Worker } = require('node:worker_threads');
         const t = new Worker(${JSON.stringify(binWaitingSource())}, { eval: true, stdout: false, stderr: false });
         t.unref();
         process.exitCode = 3;`,
      ],
      // A guard against hanging only (killed: status null), no speed target.
      { timeout: 20_000 },
    );

    expect(child.status).toBe(3);
  });

  test('throws what lstat throws for anything but a missing path', () => {
    expect(() => lstatColumns('', ['bad\0name'], { helper: false })).toThrow(
      expect.objectContaining({ code: 'ERR_INVALID_ARG_VALUE' }),
    );
  });

  test("node's fs binding, where it is used, answers as lstatSync does: stats, a missing path, a path under a file", () => {
    const paths = mixedPaths(3);
    const raw = rawLstatFor(paths[0]);
    // Node 20 on Linux has it; a node without it (or answering differently) falls back to lstatSync.
    if (process.platform === 'linux' && process.version.startsWith('v20.')) expect(raw).not.toBeNull();
    if (raw === null) return;
    for (const p of paths.slice(0, -2)) {
      const stat = fs.lstatSync(p);
      const values = raw(p);
      expect([values?.[1], values?.[8], (values?.[12] ?? 0) * 1e3 + (values?.[13] ?? 0) / 1e6]).toEqual([
        stat.mode,
        stat.size,
        stat.mtimeMs,
      ]);
    }
    expect(raw(paths[paths.length - 2])).toBeUndefined();
    expect(() => raw(paths[paths.length - 1])).toThrow(expect.objectContaining({ code: 'ENOTDIR' }));
    fs.rmSync(path.dirname(paths[0]), { recursive: true, force: true });
  });
});
