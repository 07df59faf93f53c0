import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCli } from './support/buildCli';
import { TempVault } from './support/TempVault';

const BIN = join(__dirname, '..', '..', 'bin', 'vault-stack.js');

/**
 * The waiting lstat thread bin/vault-stack.js starts for `commit` before the bundle is read: a
 * preload makes a core look spare (load 0 on 2 cores) and tells on stderr each thread started.
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
       os.loadavg = () => [0, 0, 0];
       os.availableParallelism = () => 2;
       const threads = require('node:worker_threads');
       const Worker = threads.Worker;
       threads.Worker = function (...args) {
         require('node:fs').writeSync(2, 'thread started\\n');
         return new Worker(...args);
       };`,
    );
  });
  afterAll(() => root.remove());
  const commit = (vault: string) =>
    spawnSync(process.execPath, ['-r', hook, join(root.root, 'bin', 'vault-stack.js'), 'commit', vault], {
      encoding: 'utf8',
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
});
