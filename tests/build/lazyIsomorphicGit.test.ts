import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

// build/lazyIsomorphicGit.cjs: what the CLI bundles import as isomorphic-git (esbuild.config.mjs's alias).
const WRAPPER = join(__dirname, '..', '..', 'build', 'lazyIsomorphicGit.cjs');

describe('isomorphic-git loaded on first call in the CLI bundles', () => {
  it('forwards every function the installed isomorphic-git exports', () => {
    const real = require('isomorphic-git') as Record<string, unknown>;
    const wrapper = require(WRAPPER) as { NAMES: string[] } & Record<string, unknown>;
    const functions = Object.keys(real).filter((name) => name !== 'default' && typeof real[name] === 'function');
    expect([...wrapper.NAMES].sort()).toEqual(functions.sort());
    for (const name of functions) expect(typeof wrapper[name]).toBe('function');
  });

  it('requires isomorphic-git on the first call, not when it is loaded, and answers as isomorphic-git does', () => {
    const script = `
      const loaded = () => Object.keys(require.cache).some((k) => k.includes('isomorphic-git'));
      const git = require(${JSON.stringify(WRAPPER)});
      const before = loaded();
      git.resolveRef({ fs: require('node:fs'), dir: '/nonexistent', ref: 'HEAD' }).then(
        () => console.log(JSON.stringify({ before, after: loaded(), code: null })),
        (err) => console.log(JSON.stringify({ before, after: loaded(), code: err.code })),
      );`;
    const run = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    expect(JSON.parse(run.stdout)).toEqual({ before: false, after: true, code: 'NotFoundError' });
  });
});
