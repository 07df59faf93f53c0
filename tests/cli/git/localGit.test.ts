import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync, rmSync, unlinkSync } from 'node:fs';
import { snapshot } from '../../support/snapshotFolder';
import { join } from 'node:path';
import { fsck, git, porcelain } from '../../git/support/nativeGit';
import { DEFAULT_CONFIG_DIR } from '../../../src/cli/commands/init';
import { TempVault } from '../support/TempVault';
import { fakePrivateKeyLines, runGitCli } from './support/runGitCli';

/** Obsidian lets a vault name its config folder; the CLI finds it by its app.json. */
const CONFIG = '.vault-config';

let vault: TempVault;

function exampleVault(): TempVault {
  return new TempVault('vault-stack-cli-git-')
    .note('Habits/Meditate.md', ['stack: habit', 'goal: daily', 'log: [2026-11-26, 2026-11-27]'])
    .note('Tasks/Renew passport.md', ['stack: task', 'status: todo', 'due: 2026-12-15'])
    .note('Services/Jellyfin.md', ['stack: service', 'url: https://media.example.org', 'port: 8096'])
    .write('Journal/2026-11-28.md', '# A plain note\n')
    .write(`${CONFIG}/app.json`, '{}\n')
    .write(`${CONFIG}/workspace.json`, '{"main": {}}\n')
    .write(`${CONFIG}/plugins/vault-stack/data.json`, '{"git": {"tokenSecret": "vault-stack-git-token"}}\n')
    .write('.trash/Old.md', '# deleted\n');
}

beforeEach(() => {
  vault = exampleVault();
});

afterEach(() => {
  vault.remove();
});

describe('vault-stack init', () => {
  it('makes the vault a repository with a .gitignore and one commit that native git reads as sound and clean', async () => {
    const result = await runGitCli(['init', vault.root]);

    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^initialised .+: 6 files committed \[[0-9a-f]{7}\]\n$/);
    expect(fsck(vault.root)).toBe('');
    expect(git(vault.root, 'log', '--format=%s').trim()).toBe('vault: initial import of 6 files');
    expect(git(vault.root, 'ls-files').trim().split('\n').sort()).toEqual([
      '.gitignore',
      `${CONFIG}/app.json`,
      'Habits/Meditate.md',
      'Journal/2026-11-28.md',
      'Services/Jellyfin.md',
      'Tasks/Renew passport.md',
    ]);
    expect(porcelain(vault.root)).toEqual([]);
  });

  it('leaves an existing repository alone', async () => {
    await runGitCli(['init', vault.root]);
    const head = git(vault.root, 'rev-parse', 'HEAD');

    const again = await runGitCli(['init', vault.root]);

    expect(again.code).toBe(0);
    expect(again.out).toContain('already a repository');
    expect(git(vault.root, 'rev-parse', 'HEAD')).toBe(head);
  });

  it('refuses the first commit when a note holds a private key, and commits nothing', async () => {
    vault.write('Devices/NAS.md', ['---', 'stack: device', '---', ...fakePrivateKeyLines(), ''].join('\n'));

    const result = await runGitCli(['init', vault.root]);

    expect(result.code).toBe(1);
    expect(result.err).toContain('Devices/NAS.md:4: OPENSSH private key block');
    expect(() => git(vault.root, 'rev-parse', 'HEAD')).toThrow();
  });

  it('changes nothing when the secret guard refuses: no .git, and an existing .gitignore is not appended to', async () => {
    vault.write('.gitignore', 'private/\n');
    vault.write('Devices/NAS.md', ['---', 'stack: device', '---', ...fakePrivateKeyLines(), ''].join('\n'));
    const before = snapshot(vault.root);

    const result = await runGitCli(['init', vault.root]);

    expect(result.code).toBe(1);
    expect(result.err).toContain('nothing was changed');
    expect(snapshot(vault.root)).toEqual(before);
  });

  it('changes nothing when the guard refuses a vault without a .gitignore, yet still skips what init would ignore', async () => {
    vault.write(`${CONFIG}/workspace.json`, ['{"pasted": "', ...fakePrivateKeyLines(), '"}', ''].join('\n'));
    vault.write('Devices/NAS.md', ['---', 'stack: device', '---', ...fakePrivateKeyLines(), ''].join('\n'));
    const before = snapshot(vault.root);

    const result = await runGitCli(['init', vault.root]);

    expect(result.code).toBe(1);
    expect(result.err).toContain('Devices/NAS.md:4');
    expect(result.err).not.toContain('workspace.json');
    expect(snapshot(vault.root)).toEqual(before);
    expect(existsSync(join(vault.root, '.gitignore'))).toBe(false);
  });

  it("uses Obsidian's default config folder name of a folder never opened in Obsidian, or the one --config-dir names", async () => {
    const fresh = new TempVault('vault-stack-cli-plain-').write('Notes/A.md', '# A\n');
    const named = new TempVault('vault-stack-cli-plain-').write('Notes/A.md', '# A\n');
    try {
      const plain = await runGitCli(['init', fresh.root]);
      const given = await runGitCli(['init', named.root, '--config-dir', '.vault-config']);

      expect(plain.code).toBe(0);
      expect(readFileSync(join(fresh.root, '.gitignore'), 'utf8')).toContain(`${DEFAULT_CONFIG_DIR}/workspace*.json`);
      expect(git(fresh.root, 'ls-files').trim().split('\n')).toEqual(['.gitignore', 'Notes/A.md']);
      expect(given.code).toBe(0);
      expect(readFileSync(join(named.root, '.gitignore'), 'utf8')).toContain('.vault-config/workspace*.json');
    } finally {
      fresh.remove();
      named.remove();
    }
  });

  it('initialises a cloned vault whose ignored config folder is absent', async () => {
    const clone = new TempVault('vault-stack-cli-clone-')
      .note('Tasks/A.md', ['stack: task', 'due: 2026-12-01'])
      .write('.gitignore', `${DEFAULT_CONFIG_DIR}/\n`);
    try {
      const result = await runGitCli(['init', clone.root]);

      expect(result.code).toBe(0);
      expect(porcelain(clone.root)).toEqual([]);
    } finally {
      clone.remove();
    }
  });

  it('lets a secret in an ignored file through, since the first commit leaves that file out', async () => {
    vault.write(`${CONFIG}/workspace.json`, ['{"pasted": "', ...fakePrivateKeyLines(), '"}', ''].join('\n'));

    const result = await runGitCli(['init', vault.root]);

    expect(result.code).toBe(0);
    expect(git(vault.root, 'ls-files', `${CONFIG}/workspace.json`)).toBe('');
  });

  it('fails with exit 2 for a vault folder that does not exist', async () => {
    const result = await runGitCli(['init', join(vault.root, 'missing')]);

    expect(result.code).toBe(2);
    expect(result.err).toContain('vault folder not found');
  });
});

describe('vault-stack commit', () => {
  beforeEach(async () => {
    expect((await runGitCli(['init', vault.root])).code).toBe(0);
  });

  it('says "nothing to commit" and exits 0 on a clean vault', async () => {
    const result = await runGitCli(['commit', vault.root]);

    expect(result).toMatchObject({ code: 0, out: 'nothing to commit\n' });
    expect(git(vault.root, 'rev-list', '--count', 'HEAD').trim()).toBe('1');
  });

  it('commits changes made outside Obsidian with a message in item terms', async () => {
    vault.note('Habits/Meditate.md', ['stack: habit', 'goal: daily', 'log: [2026-11-26, 2026-11-27, 2026-11-28]']);
    vault.note('Tasks/Renew passport.md', ['stack: task', 'status: done', 'due: 2026-12-15', 'done: 2026-11-28']);

    const result = await runGitCli(['commit', vault.root]);

    expect(result.code).toBe(0);
    const subject = git(vault.root, 'log', '-1', '--format=%s').trim();
    expect(subject).toBe('habit: Meditate checked in 2026-11-28; task: Renew passport done');
    expect(result.out).toBe(`[${git(vault.root, 'rev-parse', '--short=7', 'HEAD').trim()}] ${subject}\n`);
    expect(fsck(vault.root)).toBe('');
    expect(porcelain(vault.root)).toEqual([]);
  });

  it('commits added and deleted notes and leaves ignored files out', async () => {
    vault.note('Bookmarks/Obsidian.md', ['stack: bookmark', 'url: https://obsidian.md']);
    unlinkSync(join(vault.root, 'Journal/2026-11-28.md'));
    vault.write(`${CONFIG}/workspace.json`, '{"main": {"changed": true}}\n');

    const result = await runGitCli(['commit', vault.root, '--json']);

    expect(result.code).toBe(0);
    const json = JSON.parse(result.out) as { status: string; changes: { path: string; status: string }[] };
    expect(json.status).toBe('committed');
    expect(git(vault.root, 'show', '--format=', '--name-status', 'HEAD').trim().split('\n').sort()).toEqual([
      'A\tBookmarks/Obsidian.md',
      'D\tJournal/2026-11-28.md',
    ]);
    expect(git(vault.root, 'log', '-1', '--format=%s').trim()).toBe('bookmark: Obsidian added; note 2026-11-28');
    expect(porcelain(vault.root)).toEqual([]);
  });

  it('uses the message given with -m (or --message)', async () => {
    vault.write('Journal/2026-11-28.md', '# A plain note\n\nMore.\n');

    const short = await runGitCli(['commit', vault.root, '-m', 'journal: evening notes']);
    vault.write('Journal/2026-11-28.md', '# A plain note\n\nMore, later.\n');
    const long = await runGitCli(['commit', vault.root, '--message=journal: later']);

    expect([short.code, long.code]).toEqual([0, 0]);
    expect(git(vault.root, 'log', '-2', '--format=%s').trim().split('\n')).toEqual([
      'journal: later',
      'journal: evening notes',
    ]);
  });

  it('lists -m in the help of commit', async () => {
    const result = await runGitCli(['commit', '--help']);

    expect(result.out).toContain('-m, --message MSG');
  });

  it('blocks a commit with a private key, naming file and line, and exits 1 with nothing committed', async () => {
    const head = git(vault.root, 'rev-parse', 'HEAD');
    vault.write(
      'Devices/NAS.md',
      ['---', 'stack: device', 'os: debian', '---', '', 'Key:', ...fakePrivateKeyLines(), ''].join('\n'),
    );

    const result = await runGitCli(['commit', vault.root]);

    expect(result.code).toBe(1);
    expect(result.err).toMatch(/^Devices\/NAS\.md:7: OPENSSH private key block\n/);
    expect(result.err).toContain('nothing was committed');
    expect(git(vault.root, 'rev-parse', 'HEAD')).toBe(head);
    expect(porcelain(vault.root)).toEqual(['?? Devices/NAS.md']);
  });

  it('blocks a commit of a UTF-16 file holding a private key, which is not UTF-8 text', async () => {
    const head = git(vault.root, 'rev-parse', 'HEAD');
    vault.write(
      'Devices/keys.txt',
      Buffer.from(`\uFEFF${['Key:', ...fakePrivateKeyLines(), ''].join('\r\n')}`, 'utf16le'),
    );

    const result = await runGitCli(['commit', vault.root]);

    expect(result.code).toBe(1);
    expect(result.err).toMatch(/^Devices\/keys\.txt:2: OPENSSH private key block\n/);
    expect(git(vault.root, 'rev-parse', 'HEAD')).toBe(head);
  });

  it('lets an allowlisted file through the guard', async () => {
    vault.write('Devices/NAS.md', ['Key:', ...fakePrivateKeyLines(), ''].join('\n'));

    const result = await runGitCli(['commit', vault.root, '--guard-allow', 'Devices/**']);

    expect(result.code).toBe(0);
    expect(porcelain(vault.root)).toEqual([]);
  });

  it('fails with exit 2 outside a repository', async () => {
    rmSync(join(vault.root, '.git'), { recursive: true });

    const result = await runGitCli(['commit', vault.root]);

    expect(result.code).toBe(2);
    expect(result.err).toContain('not a git repository');
  });
});

describe('vault-stack log', () => {
  beforeEach(async () => {
    await runGitCli(['init', vault.root], { clock: '2026-11-27T09:00:00' });
    vault.note('Services/Jellyfin.md', ['stack: service', 'url: https://media.example.org', 'port: 8920']);
    await runGitCli(['commit', vault.root], { clock: '2026-11-28T14:02:00' });
  });

  it("lists a note's commits newest first, finding the note by name", async () => {
    const result = await runGitCli(['log', 'jellyfin', '--vault', vault.root]);

    expect(result.code).toBe(0);
    const lines = result.out.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      /^\d{4}-\d\d-\d\d \d\d:\d\d {2}\[[0-9a-f]{7}\] service: Jellyfin port changed {2}\(Vault Stack\)$/,
    );
    expect(lines[1]).toContain('vault: initial import of 6 files');
    expect(git(vault.root, 'log', '--format=%s', '--', 'Services/Jellyfin.md').trim().split('\n')).toEqual([
      'service: Jellyfin port changed',
      'vault: initial import of 6 files',
    ]);
  });

  it("lists a field's changes from → to, with a path relative to the vault", async () => {
    const result = await runGitCli(['log', 'Services/Jellyfin.md', '--vault', vault.root, '--field', 'port', '--json']);

    expect(result.code).toBe(0);
    const json = JSON.parse(result.out) as { changes: { from: unknown; to: unknown; commit: string }[] };
    expect(json.changes.map((c) => [c.from, c.to])).toEqual([
      [8096, 8920],
      [undefined, 8096],
    ]);
    expect(json.changes[0].commit).toBe(git(vault.root, 'rev-parse', 'HEAD').trim());
  });

  it('resolves the note from the working folder when no vault is given', async () => {
    const result = await runGitCli(['log', 'Services/Jellyfin', '--field', 'port'], { cwd: vault.root });

    expect(result.code).toBe(0);
    expect(result.out.split('\n')[0]).toMatch(/ {2}8096 → 8920$/);
  });

  it('is a usage error for an unknown note', async () => {
    const result = await runGitCli(['log', 'Nope', '--vault', vault.root]);

    expect(result.code).toBe(2);
    expect(result.err).toContain('no note called "Nope"');
  });

  it('says "log needs a NOTE" when no note is given', async () => {
    const result = await runGitCli(['log', '--vault', vault.root]);

    expect(result.code).toBe(2);
    expect(result.err).toMatch(/^vault-stack: log needs a NOTE: a path relative to the vault or a note name\n/);
  });

  it('takes the note as its only argument: a vault before it is a usage error, not read as the note', async () => {
    const result = await runGitCli(['log', vault.root, 'jellyfin']);

    expect(result.code).toBe(2);
    expect(result.err).toContain('unexpected argument "jellyfin"');
  });
});

it('keeps the plugin data and workspace files out of every commit', async () => {
  await runGitCli(['init', vault.root]);

  expect(readFileSync(join(vault.root, '.gitignore'), 'utf8')).toContain(`${CONFIG}/plugins/vault-stack/data.json`);
  expect(existsSync(join(vault.root, '.git'))).toBe(true);
  expect(git(vault.root, 'ls-files', CONFIG).trim()).toBe(`${CONFIG}/app.json`);
});
