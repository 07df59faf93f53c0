import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spareCoreFrom } from '../../src/cli/git/lstatColumns';
import { buildCli } from './support/buildCli';
import { TempVault } from './support/TempVault';

const BIN = join(__dirname, '..', '..', 'bin', 'vault-stack.js');

/**
 * The waiting lstat thread bin/vault-stack.js starts for `commit` before the bundle is read: a
 * preload sets the machine's load (2 cores; the one-minute average and `/proc/loadavg` from
 * LOAD_AVERAGE and PROC_LOADAVG, a core spare by default) and tells on stderr each thread started.
 */
describe('bin/vault-stack.js starts the lstat helper thread early for `commit`', () => {
  let root: TempVault;
  let hook: string;
  beforeAll(() => {
    root = new TempVault('vault-stack-bin-thread-');
    mkdirSync(join(root.root, 'bin'));
    copyFileSync(BIN, join(root.root, 'bin', 'vault-stack.js'));
    mkdirSync(join(root.root, 'dist'));
    buildCli(join(root.root, 'dist'));
    hook = join(root.root, 'hook.js');
    writeFileSync(
      hook,
      `const os = require('node:os');
       const fs = require('node:fs');
       const load = Number(process.env.LOAD_AVERAGE ?? '0');
       os.loadavg = () => [load, load, load];
       os.availableParallelism = () => 2;
       const readFileSync = fs.readFileSync;
       fs.readFileSync = function (file, ...rest) {
         if (file !== '/proc/loadavg') return readFileSync.call(this, file, ...rest);
         if (process.env.PROC_LOADAVG === 'none') throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
         return process.env.PROC_LOADAVG ?? load + ' ' + load + ' ' + load + ' 1/80 4242\\n';
       };
       const threads = require('node:worker_threads');
       const Worker = threads.Worker;
       threads.Worker = function (...args) {
         require('node:fs').writeSync(2, 'thread started\\n');
         return new Worker(...args);
       };`,
    );
  });
  afterAll(() => root.remove());
  const commit = (vault: string, load: Record<string, string> = {}) =>
    spawnSync(process.execPath, ['-r', hook, join(root.root, 'bin', 'vault-stack.js'), 'commit', vault], {
      encoding: 'utf8',
      env: { ...process.env, ...load },
      // A guard against hanging only (killed: status null), no speed target.
      timeout: 20_000,
    });

  it('starts none for a vault whose git index is too small for a shared walk, or that has none', () => {
    const small = join(root.root, 'small');
    mkdirSync(join(small, '.git'), { recursive: true });
    writeFileSync(join(small, '.git', 'index'), Buffer.alloc(8192 * 64 - 1));
    const none = join(root.root, 'none');
    mkdirSync(none);

    for (const vault of [small, none]) {
      const run = commit(vault);
      expect(run.status).not.toBeNull();
      expect(run.stderr).not.toContain('thread started');
    }
  });

  it('starts one for a vault whose git index may hold 8,192 paths, and a thread that gets no work holds no exit', () => {
    // Not a readable index: the command fails before any lstat, so the thread never gets its job.
    const large = join(root.root, 'large');
    mkdirSync(join(large, '.git'), { recursive: true });
    writeFileSync(join(large, '.git', 'index'), Buffer.alloc(8192 * 64));

    const run = commit(large);

    expect(run.stderr).toContain('thread started');
    expect(run.status).toBe(2);
  });

  it('finds the vault after `--`, as the argument parser does (a vault named like an option)', () => {
    const dashed = join(root.root, '-dashed');
    mkdirSync(join(dashed, '.git'), { recursive: true });
    writeFileSync(join(dashed, '.git', 'index'), Buffer.alloc(8192 * 64));

    const run = spawnSync(
      process.execPath,
      ['-r', hook, join(root.root, 'bin', 'vault-stack.js'), 'commit', '--', '-dashed'],
      {
        encoding: 'utf8',
        cwd: root.root,
        timeout: 20_000,
      },
    );

    expect(run.stderr).toContain('thread started');
    expect(run.status).toBe(2);
  });

  it.each([
    ['a busy last minute but an idle core now (1 runnable of 2 cores)', '1.90 1.20 0.80 1/80 4242\n', '1.9', true],
    ['another task running now (2 runnable of 2 cores)', '0.10 0.10 0.10 2/80 4242\n', '0.1', false],
    ['no /proc/loadavg and a one-minute load of 1.4', 'none', '1.4', true],
    ['no /proc/loadavg and a one-minute load of 1.6', 'none', '1.6', false],
  ])('decides on the load as lstatColumns does: %s', (_name, proc, average, starts) => {
    const large = join(root.root, 'large-load');
    mkdirSync(join(large, '.git'), { recursive: true });
    writeFileSync(join(large, '.git', 'index'), Buffer.alloc(8192 * 64));
    const load = { PROC_LOADAVG: proc, LOAD_AVERAGE: average };

    const run = commit(large, load);

    expect(run.status).toBe(2);
    expect(run.stderr.includes('thread started')).toBe(starts);
    expect(spareCoreFrom(2, proc === 'none' ? null : proc, Number(average))).toBe(starts);
  });
});
