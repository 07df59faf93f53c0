import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { buildSync } from 'esbuild';
import {
  copyFileSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { buildCli } from './support/buildCli';
import { TempVault } from './support/TempVault';

const BIN = join(__dirname, '..', '..', 'bin', 'vault-stack.js');
const EXAMPLE_VAULT = join(__dirname, '..', '..', 'examples', 'vault');

/** bin/vault-stack.js and a fresh bundle laid out as in the package: <root>/bin and <root>/dist. */
describe('bin/vault-stack.js, the command users run', () => {
  let root: TempVault;
  let cacheHome: TempVault;
  let dist: string;
  beforeAll(() => {
    root = new TempVault('vault-stack-bin-');
    cacheHome = new TempVault('vault-stack-cache-');
    mkdirSync(join(root.root, 'bin'));
    copyFileSync(BIN, join(root.root, 'bin', 'vault-stack.js'));
    dist = join(root.root, 'dist');
    mkdirSync(dist);
    buildCli(dist);
  });
  afterAll(() => {
    root.remove();
    cacheHome.remove();
  });
  const run = (...argv: string[]) =>
    spawnSync(process.execPath, [join(root.root, 'bin', 'vault-stack.js'), ...argv], {
      encoding: 'utf8',
      env: { ...process.env, XDG_CACHE_HOME: cacheHome.root },
    });
  const caches = () => readdirSync(dist).filter((f) => f.endsWith('.v8cache'));

  it('runs the bundle, and keeps V8’s code cache for it beside it, keyed by the bundle’s size and time', () => {
    const first = run('check', EXAMPLE_VAULT);
    expect(first.status).toBe(0);
    expect(caches()).toEqual([`cli.cjs.${process.version}.v8cache`]);
    const cache = readFileSync(join(dist, caches()[0]));
    const bundleBytes = readFileSync(join(dist, 'cli.cjs')).length;
    expect(cache.toString('latin1', 0, 40)).toMatch(new RegExp(`^${bundleBytes} \\d+\\n`));

    const second = run('check', EXAMPLE_VAULT);
    expect(second).toMatchObject({ status: 0, stdout: first.stdout, stderr: first.stderr });
    // Accepted as it is: not rewritten.
    expect(readFileSync(join(dist, caches()[0])).equals(cache)).toBe(true);
  });

  it('runs `commit` through its own lean entry with the same flags, help, version and errors as the full CLI', () => {
    const help = run('commit', '--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toBe(run('help', 'commit').stdout);
    expect(run('commit', '--version').stdout).toBe(run('--version').stdout);
    const bad = run('commit', '--no-such-flag');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^vault-stack: .*--no-such-flag/);
    const notRepo = run('commit', EXAMPLE_VAULT);
    expect(notRepo.status).toBe(2);
    expect(notRepo.stderr).toContain('run `vault-stack init` first');
  });

  it('ignores a cache of another build or a damaged one, and writes it anew', () => {
    const file = join(dist, `cli.cjs.${process.version}.v8cache`);
    const bundle = join(dist, 'cli.cjs');
    // A rebuilt bundle: same size, another time.
    utimesSync(bundle, new Date(), new Date(Date.now() + 5000));
    const rebuilt = run('--version');
    expect(rebuilt.status).toBe(0);
    expect(readFileSync(file).toString('latin1', 0, 40)).toContain(` ${Math.floor(statMs(bundle))}\n`);

    writeFileSync(file, Buffer.concat([readFileSync(file).subarray(0, 30), Buffer.from('garbage')]));
    const damaged = run('--version');
    expect(damaged).toMatchObject({ status: 0, stdout: rebuilt.stdout });
    expect(readFileSync(file).toString('latin1')).not.toContain('garbage');
  });

  it('runs `commit` from its own bundle when the build made one (with its own code cache), as the full bundle runs it', () => {
    const vault = new TempVault().note('Habits/Meditate.md', ['stack: habit', 'goal: daily']);
    try {
      const env = {
        ...process.env,
        XDG_CACHE_HOME: cacheHome.root,
        GIT_AUTHOR_NAME: 'Ada',
        GIT_AUTHOR_EMAIL: 'a@e.org',
      };
      const cli = (...argv: string[]) =>
        spawnSync(process.execPath, [join(root.root, 'bin', 'vault-stack.js'), ...argv], { encoding: 'utf8', env });
      expect(cli('init', vault.root).status).toBe(0);
      const viaFull = cli('commit', '--json', vault.root);
      buildSync({
        entryPoints: [join(__dirname, '..', '..', 'src', 'cli', 'commitMain.ts')],
        bundle: true,
        platform: 'node',
        format: 'cjs',
        target: 'node20',
        outfile: join(dist, 'cli-commit.cjs'),
        logLevel: 'silent',
      });
      vault.note('Habits/Meditate.md', ['stack: habit', 'goal: daily', 'log: [2026-11-29]']);

      const committed = cli('commit', vault.root);
      const nothing = cli('commit', '--json', vault.root);

      expect(caches()).toContain(`cli-commit.cjs.${process.version}.v8cache`);
      expect(committed).toMatchObject({ status: 0, stderr: '1 file changed\n' });
      expect(committed.stdout).toMatch(/^\[[0-9a-f]{7}\] habit: Meditate/);
      expect(nothing).toMatchObject({ status: 0, stdout: viaFull.stdout });
      expect(JSON.parse(nothing.stdout)).toMatchObject({ status: 'nothing' });
      expect(cli('commit', '--help').stdout).toBe(cli('help', 'commit').stdout);
    } finally {
      rmSync(join(dist, 'cli-commit.cjs'), { force: true });
      vault.remove();
    }
  });

  it('says how to build when the bundle is missing, with exit 2', () => {
    const bare = new TempVault('vault-stack-bare-');
    try {
      mkdirSync(join(bare.root, 'bin'));
      copyFileSync(BIN, join(bare.root, 'bin', 'vault-stack.js'));
      const result = spawnSync(process.execPath, [join(bare.root, 'bin', 'vault-stack.js'), '--version'], {
        encoding: 'utf8',
      });
      expect(result).toMatchObject({ status: 2, stdout: '' });
      expect(result.stderr).toBe('vault-stack: the CLI is not built yet; run `npm run build` first\n');
    } finally {
      bare.remove();
    }
  });
});

function statMs(path: string): number {
  return statSync(path).mtimeMs;
}
