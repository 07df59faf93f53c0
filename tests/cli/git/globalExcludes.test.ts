import { afterEach, beforeEach, describe, expect, jest, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { openFolderCache } from '../../../src/cli/git/folderCache';
import { readConfigText } from '../../../src/cli/git/gitConfigValues';
import { globalExcludesFile } from '../../../src/cli/git/globalExcludes';
import { syncFs } from '../../../src/cli/git/syncFs';
import type { GitFs } from '../../../src/git/GitFs';
import { GitRepo } from '../../../src/git/GitRepo';
import { fakePrivateKeyLines, runGitCli } from './support/runGitCli';

// Native git (the oracle) and the CLI see the same user config: a temp HOME (and XDG_CONFIG_HOME
// when a test sets it), never the machine's own files.
let home: string;
let vault: string;
let env: Record<string, string | undefined>;

beforeEach(() => {
  home = fs.mkdtempSync(path.join(os.tmpdir(), 'vault-stack-excludes-home-'));
  vault = fs.mkdtempSync(path.join(os.tmpdir(), 'vault-stack-excludes-vault-'));
  env = { HOME: home, XDG_CONFIG_HOME: undefined, GIT_CONFIG_NOSYSTEM: '1' };
});

afterEach(() => {
  for (const dir of [home, vault]) fs.rmSync(dir, { recursive: true, force: true });
});

function write(dir: string, rel: string, text = `${rel}\n`): void {
  fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
  fs.writeFileSync(path.join(dir, rel), text);
}

/** Runs native git in `dir` with the test's HOME (no system config, no GIT_CONFIG_GLOBAL). */
function git(dir: string, ...args: string[]): string {
  const base: Record<string, string | undefined> = { ...process.env, LC_ALL: 'C' };
  for (const key of ['GIT_CONFIG_GLOBAL', 'XDG_CONFIG_HOME', 'GIT_DIR', 'GIT_WORK_TREE']) delete base[key];
  return execFileSync('git', ['-c', 'core.quotepath=off', ...args], {
    cwd: dir,
    env: {
      ...base,
      ...env,
      GIT_AUTHOR_NAME: 'Native Git',
      GIT_AUTHOR_EMAIL: 'native@example.org',
      GIT_COMMITTER_NAME: 'Native Git',
      GIT_COMMITTER_EMAIL: 'native@example.org',
    },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

const lines = (text: string): string[] => text.split('\n').filter(Boolean).sort();

/** What native `git add -A` stages in a copy of the vault as it is now: the copy's `git ls-files`. */
function nativeAddAll(): string[] {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'vault-stack-excludes-copy-'));
  try {
    fs.cpSync(vault, copy, { recursive: true });
    if (!fs.existsSync(path.join(copy, '.git'))) git(copy, 'init', '-q', '-b', 'main');
    git(copy, 'add', '-A');
    return lines(git(copy, 'ls-files'));
  } finally {
    fs.rmSync(copy, { recursive: true, force: true });
  }
}

/** A committed vault (native git) with files of the kinds users ignore globally, and the same kinds untracked. */
function committedVault(): void {
  write(vault, 'Home.md');
  git(vault, 'init', '-q', '-b', 'main');
  git(vault, 'add', '-A');
  git(vault, 'commit', '-q', '-m', 'import');
  for (const rel of ['a/note.md', 'a/note.md.swp', '.DS_Store', 'a/b/.DS_Store', 'keys/api.secret', 'x.secret'])
    write(vault, rel);
}

async function cliCommit(): Promise<void> {
  const run = await runGitCli(['commit', vault], { env });
  expect(run.err).not.toMatch(/skipp|error/i);
  expect(run.code).toBe(0);
}

/** After `vault-stack commit`: what git tracks is what `git add -A` would stage, and git sees nothing left to add. */
async function commitAgreesWithGit(): Promise<string[]> {
  const staged = nativeAddAll();
  await cliCommit();
  expect(lines(git(vault, 'ls-files'))).toEqual(staged);
  expect(git(vault, 'status', '--porcelain', '-uall')).toBe('');
  return staged;
}

const GLOBAL_RULES = '*.swp\n.DS_Store\n*.secret\n';

describe("git's global excludes file (core.excludesFile) in the CLI", () => {
  test('~/.config/git/ignore (the default, no config) is honoured by commit', async () => {
    committedVault();
    write(home, '.config/git/ignore', GLOBAL_RULES);

    expect(await commitAgreesWithGit()).toEqual(['Home.md', 'a/note.md']);
  });

  test('$XDG_CONFIG_HOME/git/ignore is read instead of ~/.config/git/ignore when XDG_CONFIG_HOME is set', async () => {
    committedVault();
    env.XDG_CONFIG_HOME = path.join(home, 'xdg');
    write(home, 'xdg/git/ignore', '*.secret\n');
    write(home, '.config/git/ignore', '*.swp\n');

    expect(await commitAgreesWithGit()).toEqual(
      ['.DS_Store', 'Home.md', 'a/b/.DS_Store', 'a/note.md', 'a/note.md.swp'].sort(),
    );
  });

  test('core.excludesFile set in ~/.gitconfig with ~/ in its value replaces the default file', async () => {
    committedVault();
    write(home, '.gitconfig', '[core]\n\texcludesFile = "~/my ignores"  # editor junk\n');
    write(home, 'my ignores', '*.swp\n');
    write(home, '.config/git/ignore', '*.secret\n');

    expect(await commitAgreesWithGit()).toEqual(
      ['.DS_Store', 'Home.md', 'a/b/.DS_Store', 'a/note.md', 'keys/api.secret', 'x.secret'].sort(),
    );
  });

  test("core.excludesFile set in the repository's .git/config wins over the global one (a relative path is the vault's)", async () => {
    committedVault();
    write(home, '.gitconfig', '[core]\n\texcludesfile = ~/global-ignore\n');
    write(home, 'global-ignore', '*.swp\n');
    git(vault, 'config', 'core.excludesFile', '../' + path.basename(home) + '/repo-ignore');
    write(home, 'repo-ignore', '.DS_Store\n');

    expect(await commitAgreesWithGit()).toEqual(
      ['Home.md', 'a/note.md', 'a/note.md.swp', 'keys/api.secret', 'x.secret'].sort(),
    );
  });

  test('the global file has the lowest precedence: a .gitignore negation re-includes what it ignores, at the root and below', async () => {
    committedVault();
    write(home, '.config/git/ignore', GLOBAL_RULES);
    write(vault, '.gitignore', '!x.secret\n');
    write(vault, 'keys/.gitignore', '!api.secret\n');
    write(vault, 'a/b/.gitignore', '# nothing\n');

    expect(await commitAgreesWithGit()).toEqual(
      ['.gitignore', 'Home.md', 'a/b/.gitignore', 'a/note.md', 'keys/.gitignore', 'keys/api.secret', 'x.secret'].sort(),
    );
  });

  test('info/exclude overrides the global file, and a folder the global file ignores is not walked', async () => {
    committedVault();
    write(home, '.config/git/ignore', 'build/\n*.secret\n');
    write(vault, 'build/out.md');
    write(vault, 'build/deep/more.md');
    fs.appendFileSync(path.join(vault, '.git/info/exclude'), '!x.secret\n');

    const staged = await commitAgreesWithGit();
    expect(staged).toContain('x.secret');
    expect(staged).not.toContain('keys/api.secret');
    expect(staged.some((p) => p.startsWith('build/'))).toBe(false);
  });

  test('a file already tracked stays tracked (and its edits are committed), as git keeps it', async () => {
    committedVault();
    git(vault, 'add', 'x.secret');
    git(vault, 'commit', '-q', '-m', 'track x.secret');
    write(home, '.config/git/ignore', GLOBAL_RULES);
    write(vault, 'x.secret', 'edited\n');

    expect(await commitAgreesWithGit()).toEqual(['Home.md', 'a/note.md', 'x.secret']);
    expect(git(vault, 'show', 'HEAD:x.secret')).toBe('edited\n');
  });

  test('init neither imports nor refuses over a secret in a file only the global file ignores', async () => {
    write(vault, 'Home.md');
    write(vault, '.obsidian/app.json', '{}\n');
    write(vault, 'creds.secret', fakePrivateKeyLines().join('\n') + '\n');
    write(home, '.config/git/ignore', '*.secret\n');

    const run = await runGitCli(['init', vault], { env });

    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(lines(git(vault, 'ls-files'))).toEqual(['.gitignore', '.obsidian/app.json', 'Home.md']);
    expect(git(vault, 'status', '--porcelain', '-uall')).toBe('');
  });

  test('each config file is read once per run, by the identity and the excludes file together (init opens the vault twice)', async () => {
    write(vault, 'Home.md');
    write(home, '.gitconfig', '[user]\n\tname = Ada\n\temail = ada@example.org\n[core]\n\texcludesFile = ~/ignores\n');
    write(home, 'ignores', '*.swp\n');
    // node's fs module itself (the namespace import is sealed), which the CLI's modules call into.
    const reads = jest.spyOn(createRequire(__filename)('node:fs') as typeof fs, 'readFileSync');
    const gitconfigReads = (): number =>
      reads.mock.calls.filter(([file]) => file === path.join(home, '.gitconfig')).length;
    try {
      expect((await runGitCli(['init', vault], { env })).code).toBe(0);
      expect(gitconfigReads()).toBe(1);
      write(vault, 'Home.md', 'edited\n');
      write(vault, 'new.swp');
      reads.mockClear();
      await cliCommit();
      expect(gitconfigReads()).toBe(1);
    } finally {
      reads.mockRestore();
    }
    expect(git(vault, 'log', '-1', '--format=%an')).toBe('Ada\n');
    expect(lines(git(vault, 'ls-files'))).toEqual(['.gitignore', 'Home.md']);
  });

  test('without it (no such file) nothing more is ignored', async () => {
    committedVault();
    expect(await commitAgreesWithGit()).toHaveLength(7);
  });
});

describe('globalExcludesFile (where git looks)', () => {
  const gitdir = (): string => path.join(vault, '.git');
  const at = (e: Record<string, string | undefined>): string | null =>
    globalExcludesFile(e, vault, gitdir(), readConfigText);

  test('defaults, and what leaves no file to read', () => {
    expect(at({ HOME: home })).toBe(path.join(home, '.config/git/ignore'));
    expect(at({ HOME: home, XDG_CONFIG_HOME: '/x' })).toBe('/x/git/ignore');
    expect(at({ HOME: home, XDG_CONFIG_HOME: '' })).toBe(path.join(home, '.config/git/ignore'));
    expect(at({})).toBeNull();
    write(home, '.gitconfig', '[core]\n\texcludesFile =\n');
    expect(at({ HOME: home })).toBeNull();
    write(home, '.gitconfig', '[core]\n\texcludesFile = ~nobody-here/ignore\n');
    expect(at({ HOME: home })).toBeNull();
  });

  test('later config files win: system < XDG config < ~/.gitconfig < .git/config; GIT_CONFIG_GLOBAL replaces the global pair', () => {
    const system = path.join(home, 'system');
    write(home, 'system', '[core]\n\texcludesFile = /from/system\n');
    expect(at({ HOME: home, GIT_CONFIG_SYSTEM: system })).toBe('/from/system');
    expect(at({ HOME: home, GIT_CONFIG_SYSTEM: system, GIT_CONFIG_NOSYSTEM: '1' })).toBe(
      path.join(home, '.config/git/ignore'),
    );
    write(home, '.config/git/config', '[core]\n\texcludesFile = /from/xdg\n');
    expect(at({ HOME: home, GIT_CONFIG_SYSTEM: system })).toBe('/from/xdg');
    write(home, '.gitconfig', '[Core]\n\tExcludesFile = /from/home\n[core "sub"]\n\texcludesFile = /not/this\n');
    expect(at({ HOME: home, GIT_CONFIG_SYSTEM: system })).toBe('/from/home');
    write(home, 'only', '[core]\n\texcludesFile = ~/from-only\n');
    expect(at({ HOME: home, GIT_CONFIG_SYSTEM: system, GIT_CONFIG_GLOBAL: path.join(home, 'only') })).toBe(
      path.join(home, 'from-only'),
    );
    write(vault, '.git/config', '[core]\n\texcludesFile = rel/ignore\n');
    expect(at({ HOME: home, GIT_CONFIG_SYSTEM: system })).toBe(path.join(vault, 'rel/ignore'));
  });
});

describe('the folder cache and the global excludes file', () => {
  /** The CLI's fs with the folder cache on a clock a minute ahead (so everything counts as settled), recording the folders it lists. */
  function cachedFs(listed: string[], excludes: string | null): GitFs {
    return Object.create(syncFs, {
      readdirTyped: {
        value: (p: string) => {
          listed.push(path.relative(vault, p));
          return syncFs.readdirTyped(p);
        },
      },
      folderListings: {
        value: (root: string, gitdir: string) =>
          openFolderCache(root, gitdir, { now: () => Date.now() + 60_000, excludesFile: excludes }),
      },
    }) as GitFs;
  }

  /** Walks and scans as the CLI does (the excludes file resolved from the test's HOME); checks the untracked files are git's; answers the folders listed. */
  async function walk(e: Record<string, string | undefined> = env): Promise<string[]> {
    const excludes = globalExcludesFile(e, vault, path.join(vault, '.git'), readConfigText);
    const listed: string[] = [];
    const repo = new GitRepo({
      fs: cachedFs(listed, excludes),
      dir: vault,
      configDir: '.obsidian',
      excludesFile: () => excludes,
    });
    const scan = await repo.scan(await repo.listFiles([]));
    const native = git(vault, 'status', '--porcelain', '-uall')
      .split('\n')
      .filter((l) => l.startsWith('?? '))
      .map((l) => l.slice(3));
    if (e === env) expect([...scan.added].sort()).toEqual(native.sort());
    return listed.sort();
  }

  const ALL = ['', 'a', 'a/b', 'e', 'e/scratch', 'e/scratch/deep'];
  const kept = ['', 'a', 'a/b', 'e'];

  test('creating, editing, pointing elsewhere and removing the global file each lists every folder again; unchanged, none', async () => {
    write(vault, 'Home.md');
    write(vault, 'a/b/c.md');
    git(vault, 'init', '-q', '-b', 'main');
    git(vault, 'add', '-A');
    git(vault, 'commit', '-q', '-m', 'import');
    write(vault, 'e/scratch/deep/u.md');
    write(vault, 'e/scratch/v.md');
    write(vault, 'e/w.tmp');

    expect(await walk()).toEqual(ALL);
    expect(await walk()).toEqual([]);

    // Created (the default file, which did not exist): the folder it ignores is no longer walked.
    write(home, '.config/git/ignore', 'scratch/\n');
    expect(await walk()).toEqual(kept);
    expect(await walk()).toEqual([]);

    // Edited in place.
    fs.appendFileSync(path.join(home, '.config/git/ignore'), '*.tmp\n');
    expect(await walk()).toEqual(kept);
    expect(await walk()).toEqual([]);

    // core.excludesFile pointed at another file (whose stat the cache never kept).
    write(home, 'other-ignore', '*.tmp\n');
    write(home, '.gitconfig', '[core]\n\texcludesFile = ~/other-ignore\n');
    expect(await walk()).toEqual(ALL);
    expect(await walk()).toEqual([]);

    // Back to the default file, unchanged since the cache last kept it: still other rules.
    fs.rmSync(path.join(home, '.gitconfig'));
    expect(await walk()).toEqual(kept);
    expect(await walk()).toEqual([]);

    // Removed.
    fs.rmSync(path.join(home, '.config/git/ignore'));
    expect(await walk()).toEqual(ALL);
    expect(await walk()).toEqual([]);

    // No home folder at all: no excludes file, which the kept listings were not made without.
    expect(await walk({})).toEqual(ALL);
    expect(await walk({})).toEqual([]);
  });

  test('an excludes file reached through a link: editing the target lists every folder again', async () => {
    write(vault, 'Home.md');
    git(vault, 'init', '-q', '-b', 'main');
    git(vault, 'add', '-A');
    git(vault, 'commit', '-q', '-m', 'import');
    write(vault, 'e/scratch/v.md');
    write(home, 'dotfiles/ignore', '# none yet\n');
    fs.mkdirSync(path.join(home, '.config/git'), { recursive: true });
    fs.symlinkSync(path.join(home, 'dotfiles/ignore'), path.join(home, '.config/git/ignore'));

    expect(await walk()).toEqual(['', 'e', 'e/scratch']);
    expect(await walk()).toEqual([]);
    fs.appendFileSync(path.join(home, 'dotfiles/ignore'), 'scratch/\n');
    expect(await walk()).toEqual(['', 'e']);
  });
});
