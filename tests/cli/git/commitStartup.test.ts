import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fsck, git, porcelain } from '../../git/support/nativeGit';
import { buildCli } from '../support/buildCli';
import { TempVault } from '../support/TempVault';

/** What a `vault-stack commit` process loads, from its own bundle (dist/cli-commit.cjs). */
describe('the commit bundle loads what a run needs', () => {
  let build: TempVault;
  let vault: TempVault;
  let bundle: string;
  let preload: string;
  beforeAll(() => {
    build = new TempVault('vault-stack-build-');
    vault = new TempVault().note('Habits/Meditate.md', ['stack: habit', 'goal: daily', 'log: [2026-11-27]']);
    bundle = buildCli(build.root, 'commitMain.ts', 'cli-commit.cjs');
    preload = join(build.root, 'modules.js');
    // Records node's modules and every module id the bundle requires (isomorphic-git alone requires 'crypto' by that bare name).
    writeFileSync(
      preload,
      [
        "const Module = require('node:module');",
        'const requests = [];',
        'const load = Module._load;',
        'Module._load = function (request, ...rest) { requests.push(request); return load.call(this, request, ...rest); };',
        "process.on('exit', () => require('node:fs').writeFileSync(process.env.MODULES_OUT, JSON.stringify({ modules: process.moduleLoadList, requests })));",
        '',
      ].join('\n'),
    );
  });
  afterAll(() => {
    for (const dir of [build, vault]) dir.remove();
  });
  /** Runs `commit` on the vault; answers its exit code, output and the node modules it loaded. */
  const commit = () => {
    const out = join(build.root, 'modules.json');
    const run = spawnSync(process.execPath, ['-r', preload, bundle, 'commit', vault.root], {
      encoding: 'utf8',
      env: { ...process.env, MODULES_OUT: out, GIT_AUTHOR_NAME: 'Ada', GIT_AUTHOR_EMAIL: 'ada@example.org' },
    });
    const { modules, requests } = JSON.parse(readFileSync(out, 'utf8')) as { modules: string[]; requests: string[] };
    return { status: run.status, stdout: run.stdout, modules, requests };
  };

  it('with nothing to commit, neither isomorphic-git, node\u2019s crypto nor an output stream is loaded; an edit is committed as before', () => {
    git(vault.root, 'init', '-q', '-b', 'main');
    git(vault.root, 'add', '-A');
    git(vault.root, 'commit', '-q', '-m', 'native');

    const nothing = commit();
    expect(nothing).toMatchObject({ status: 0, stdout: 'nothing to commit\n' });
    expect(nothing.modules).toContain('NativeModule fs');
    // isomorphic-git is not loaded: its module requires 'crypto' (our code names it 'node:crypto').
    expect(nothing.requests).toContain('node:fs');
    expect(nothing.requests).not.toContain('crypto');
    // Nor is node's crypto at all: our hashing loads it past 1 KiB, and the folder cache checks itself with CRC-32.
    expect(nothing.modules).not.toContain('NativeModule crypto');
    // Its line is written to the pipe without making process.stdout (a socket over the pipe).
    expect(nothing.modules).not.toContain('NativeModule net');

    vault.note('Habits/Meditate.md', ['stack: habit', 'goal: daily', 'log: [2026-11-27, 2026-11-28]']);
    const edit = commit();
    expect(edit.status).toBe(0);
    expect(edit.stdout).toMatch(/^\[[0-9a-f]{7}\] habit: Meditate/);
    expect(porcelain(vault.root)).toEqual([]);
    expect(fsck(vault.root)).toBe('');
    expect(commit()).toMatchObject({ status: 0, stdout: 'nothing to commit\n' });
  });

  it('ends its process once the command has written its output, with its exit code and exit listeners run, whatever else the event loop holds', () => {
    const timer = join(build.root, 'timer.js');
    const out = join(build.root, 'exit.json');
    // A timer a minute away: a process left to run down its event loop would wait for it.
    writeFileSync(
      timer,
      "setTimeout(() => undefined, 60_000); process.on('exit', (code) => require('node:fs').writeFileSync(process.env.EXIT_OUT, JSON.stringify(code)));\n",
    );
    const run = (...args: string[]) =>
      spawnSync(process.execPath, ['-r', timer, bundle, 'commit', vault.root, ...args], {
        encoding: 'utf8',
        timeout: 30_000,
        env: { ...process.env, EXIT_OUT: out, GIT_AUTHOR_NAME: 'Ada', GIT_AUTHOR_EMAIL: 'ada@example.org' },
      });
    const nothing = run();
    expect(nothing).toMatchObject({ status: 0, signal: null, stdout: 'nothing to commit\n' });
    expect(readFileSync(out, 'utf8')).toBe('0');
    const usage = run('-m', ' ');
    expect(usage).toMatchObject({ status: 2, signal: null, stdout: '' });
    expect(usage.stderr).toContain('the commit message is empty');
    expect(readFileSync(out, 'utf8')).toBe('2');
  });
});
