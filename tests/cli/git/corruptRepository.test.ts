import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fs from 'node:fs';
import { deflateSync } from 'node:zlib';
import { GitRepo } from '../../../src/git/GitRepo';
import { git, porcelain } from '../../git/support/nativeGit';
import { TempVault } from '../support/TempVault';
import { runGitCli } from './support/runGitCli';

/** Each corruption is built with the real git CLI (or by hand where git refuses to), then `vault-stack commit` is run on it. */
let vault: TempVault;
let head: string;

beforeEach(async () => {
  vault = new TempVault('vault-stack-corrupt-')
    .note('Habits/Meditate.md', ['stack: habit', 'goal: daily'])
    .write('a.md', 'first\n')
    .write('.vault-config/app.json', '{}\n');
  expect((await runGitCli(['init', vault.root])).code).toBe(0);
  head = git(vault.root, 'rev-parse', 'HEAD').trim();
  vault.write('a.md', 'second\n');
});
afterEach(() => vault.remove());

/** Overwrites a loose object (git writes them read-only). */
function overwriteObject(oid: string, bytes: Uint8Array): void {
  const file = join(vault.root, '.git', 'objects', oid.slice(0, 2), oid.slice(2));
  chmodSync(file, 0o644);
  writeFileSync(file, bytes);
}

const REPAIR = 'Run `git fsck` in the vault to see the damage';

describe('a damaged repository: exit 2 saying what is wrong and what to do', () => {
  it('a branch pointing at a commit that does not exist', async () => {
    writeFileSync(join(vault.root, '.git/refs/heads/main'), `${'1234567890'.repeat(4)}\n`);

    const result = await runGitCli(['commit', vault.root]);

    expect(result.code).toBe(2);
    expect(result.err).toBe(
      `vault-stack: commit: The vault's git repository is damaged: it refers to an object that is missing (${'1234567890'.repeat(4)}). ${REPAIR}, then repair it with git or restore the .git folder from a backup or a fresh clone of your remote; your notes are untouched.\n`,
    );
  });

  it('a commit object that is not valid compressed data, and one whose content does not match its id', async () => {
    overwriteObject(head, new TextEncoder().encode('garbage\n'));
    const garbage = await runGitCli(['commit', vault.root]);
    overwriteObject(head, deflateSync(Buffer.from('commit 5\0hello')));
    const mismatched = await runGitCli(['commit', vault.root]);

    expect(garbage.code).toBe(2);
    expect(garbage.err).toContain(
      "vault-stack: commit: The vault's git repository is damaged: an object is not valid compressed data.",
    );
    expect(garbage.err).toContain(REPAIR);
    expect(mismatched.code).toBe(2);
    expect(mismatched.err).toContain(`an object does not match its id (${head})`);
  });

  it('a tree object that is garbage', async () => {
    overwriteObject(git(vault.root, 'rev-parse', 'HEAD^{tree}').trim(), new TextEncoder().encode('garbage\n'));

    const result = await runGitCli(['commit', vault.root]);

    expect(result.code).toBe(2);
    expect(result.err).toContain("The vault's git repository is damaged");
  });

  it('a branch file holding no commit id is damage, not an empty branch: no new history is started over it', async () => {
    writeFileSync(join(vault.root, '.git/refs/heads/main'), 'garbage\n');

    const result = await runGitCli(['commit', vault.root]);

    expect(result.code).toBe(2);
    expect(result.err).toContain(
      'vault-stack: commit: The vault\'s git repository is damaged: refs/heads/main holds "garbage", not a commit id.',
    );
    expect(readFileSync(join(vault.root, '.git/refs/heads/main'), 'utf8')).toBe('garbage\n');
  });

  it('a split index (git update-index --split-index) is refused with the command that converts it, not INVALID_PATH ""', async () => {
    git(vault.root, 'update-index', '--split-index');

    const refused = await runGitCli(['commit', vault.root]);
    git(vault.root, 'update-index', '--no-split-index');
    const after = await runGitCli(['commit', vault.root]);

    expect(refused.code).toBe(2);
    expect(refused.err).toBe(
      'vault-stack: commit: .git/index is a split index (core.splitIndex), which Vault Stack cannot read. Run `git update-index --no-split-index` and `git config core.splitIndex false` in the vault, then try again.\n',
    );
    expect(after.code).toBe(0);
    expect(porcelain(vault.root)).toEqual([]);
  });
});

describe('a split index reached without a scan (the plugin commits tracked paths directly)', () => {
  it('is refused before anything is written: the index keeps every entry', async () => {
    git(vault.root, 'update-index', '--split-index');
    const tracked = git(vault.root, 'ls-files').split('\n').filter(Boolean);
    const repo = new GitRepo({ fs, dir: vault.root, configDir: '.vault-config' });

    await expect(repo.commit({ paths: ['a.md'] })).rejects.toMatchObject({ code: 'INDEX_UNSUPPORTED' });

    expect(git(vault.root, 'ls-files').split('\n').filter(Boolean)).toEqual(tracked);
    expect(git(vault.root, 'rev-parse', 'HEAD').trim()).toBe(head);
  });
});

describe('a hand-edited or hostile commit journal never blocks a commit', () => {
  const JOURNALS: Record<string, string> = {
    'not JSON': '{{{',
    'empty paths, a parent path, a number, a path into .git':
      '["", "../outside.md", 5, ".git/config", "/etc/passwd", "a.md"]',
    'paths that are not a list': '{"paths": "a.md"}',
    'a ref outside refs/heads and a bogus commit': `{"paths": [], "ref": "refs/heads/../../config", "to": "${'ab'.repeat(20)}"}`,
    'a lock claim for a commit that does not exist': `{"paths": ["a.md"], "ref": "refs/heads/main", "from": null, "to": "${'cd'.repeat(20)}", "pid": 1, "indexLock": true}`,
    null: 'null',
  };

  it.each(Object.entries(JOURNALS))(
    '%s: the commit goes through, the journal is gone, and nothing outside the vault is touched',
    async (_name, text) => {
      writeFileSync(join(vault.root, '.git/vault-stack-pending'), text);

      const result = await runGitCli(['commit', vault.root]);
      vault.write('a.md', 'third\n');
      const next = await runGitCli(['commit', vault.root]);

      expect([result.code, next.code]).toEqual([0, 0]);
      expect(git(vault.root, 'rev-list', '--count', 'HEAD').trim()).toBe('3');
      expect(git(vault.root, 'rev-parse', 'HEAD~2').trim()).toBe(head);
      expect(existsSync(join(vault.root, '.git/vault-stack-pending'))).toBe(false);
      expect(porcelain(vault.root)).toEqual([]);
    },
  );

  it('a stale ref lock the journal does not account for is left alone and named, with what to do', async () => {
    writeFileSync(join(vault.root, '.git/refs/heads/main.lock'), `${'ef'.repeat(20)}\n`);
    writeFileSync(
      join(vault.root, '.git/vault-stack-pending'),
      `{"paths": [], "ref": "refs/heads/main", "from": "${head}", "to": "${'cd'.repeat(20)}", "pid": 1}`,
    );

    const result = await runGitCli(['commit', vault.root]);

    expect(result.code).toBe(2);
    expect(result.err).toContain('refs/heads/main.lock exists). If no git command is running, delete that file.');
    expect(git(vault.root, 'rev-parse', 'HEAD').trim()).toBe(head);
  });
});
