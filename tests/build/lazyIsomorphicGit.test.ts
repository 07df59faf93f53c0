import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { buildSync } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// build/lazyIsomorphicGit.mjs: what the CLI bundles import as isomorphic-git (esbuild.config.mjs's alias).
const WRAPPER = join(__dirname, '..', '..', 'build', 'lazyIsomorphicGit.mjs');

describe('isomorphic-git loaded on first call in the CLI bundles', () => {
  let dir: string;
  let bundle: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'vault-stack-lazy-git-'));
    bundle = join(dir, 'lazy.cjs');
    buildSync({
      entryPoints: [WRAPPER],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      outfile: bundle,
      logLevel: 'silent',
    });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('forwards every function the installed isomorphic-git exports', () => {
    const real = require('isomorphic-git') as Record<string, unknown>;
    const wrapper = require(bundle) as Record<string, unknown>;
    const functions = Object.keys(real).filter((name) => name !== 'default' && typeof real[name] === 'function');
    expect(Object.keys(wrapper).sort()).toEqual(functions.sort());
    for (const name of functions) expect(typeof wrapper[name]).toBe('function');
  });

  it('loads isomorphic-git (and the node crypto it requires) on the first call, not when it is loaded, and answers as isomorphic-git does', () => {
    const script = `
      const loaded = () => process.moduleLoadList.includes('NativeModule crypto');
      const git = require(${JSON.stringify(bundle)});
      const before = loaded();
      git.resolveRef({ fs: require('node:fs'), dir: '/nonexistent', ref: 'HEAD' }).then(
        () => console.log(JSON.stringify({ before, after: loaded(), code: null })),
        (err) => console.log(JSON.stringify({ before, after: loaded(), code: err.code })),
      );`;
    // A script file: \`node -e\` has node's crypto loaded before it runs.
    const file = join(dir, 'check.js');
    writeFileSync(file, script);
    const run = spawnSync(process.execPath, [file], { encoding: 'utf8' });
    expect(JSON.parse(run.stdout)).toEqual({ before: false, after: true, code: 'NotFoundError' });
  });
});
