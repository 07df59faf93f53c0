import { describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import { currentBranch, resolveRefOrNull } from '../../../src/git/refs';
import { remoteUrl, resolveRemoteUrl, setRemote } from '../../../src/git/remote/remoteConfig';
import type { RepoContext } from '../../../src/git/RepoContext';
import { git } from '../support/nativeGit';
import { VaultBuilder } from '../support/vaultBuilder';

/** Refs and `.git/config` read and written without isomorphic-git, with native git as the oracle. */

function nativeRepo(): { dir: string; ctx: RepoContext } {
  const dir = new VaultBuilder().file('a.md', 'a\n').build();
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', 'a.md');
  git(dir, '-c', 'user.name=T', '-c', 'user.email=t@example.org', 'commit', '-q', '-m', 'first');
  return { dir, ctx: { fs, dir, gitdir: `${dir}/.git`, cache: {} } };
}

describe('remote config', () => {
  it('adds a remote native git reads back, url and fetch refspec', async () => {
    const { dir, ctx } = nativeRepo();

    await setRemote(ctx, 'origin', 'https://git.example.org/vault.git');

    expect(git(dir, 'config', '--get', 'remote.origin.url').trim()).toBe('https://git.example.org/vault.git');
    expect(git(dir, 'config', '--get-all', 'remote.origin.fetch').trim()).toBe('+refs/heads/*:refs/remotes/origin/*');
    expect(await resolveRemoteUrl(ctx, 'origin', 'test')).toBe('https://git.example.org/vault.git');
  });

  it('changes the url of a remote native git added, keeping its other keys and the other sections', async () => {
    const { dir, ctx } = nativeRepo();
    git(dir, 'remote', 'add', 'origin', 'https://old.example.org/vault.git');
    git(dir, 'config', 'remote.origin.pushurl', 'https://push.example.org/vault.git');
    git(dir, 'remote', 'add', 'backup', 'https://backup.example.org/vault.git');

    await setRemote(ctx, 'origin', 'https://new.example.org/a%20b.git#frag;x');

    expect(git(dir, 'config', '--get-all', 'remote.origin.url').trim()).toBe(
      'https://new.example.org/a%20b.git#frag;x',
    );
    expect(git(dir, 'config', '--get', 'remote.origin.pushurl').trim()).toBe('https://push.example.org/vault.git');
    expect(git(dir, 'config', '--get', 'remote.backup.url').trim()).toBe('https://backup.example.org/vault.git');
    expect(await resolveRemoteUrl(ctx, 'origin', 'test')).toBe('https://new.example.org/a%20b.git#frag;x');
  });

  it('reads a url as git does: quoted, with a comment after it, in a legacy section name', () => {
    const text =
      '[core]\n\tbare = false\n[remote "origin"]\n\turl = "https://a.example/x;y.git" ; comment\n[remote.other]\n\turl = https://b.example/z.git # note\n';

    expect(remoteUrl(text, 'origin')).toBe('https://a.example/x;y.git');
    expect(remoteUrl(text, 'other')).toBe('https://b.example/z.git');
    expect(remoteUrl(text, 'missing')).toBeNull();
  });

  it('says NO_REMOTE when none is configured', async () => {
    const { ctx } = nativeRepo();

    await expect(resolveRemoteUrl(ctx, 'origin', 'pull')).rejects.toMatchObject({ code: 'NO_REMOTE' });
  });
});

describe('refs', () => {
  it('resolves HEAD and branches from loose and packed refs as git rev-parse does, and names the branch', async () => {
    const { dir, ctx } = nativeRepo();
    const head = git(dir, 'rev-parse', 'HEAD').trim();
    expect(await resolveRefOrNull(ctx, 'HEAD')).toBe(head);
    git(dir, 'pack-refs', '--all');
    expect(fs.existsSync(`${dir}/.git/refs/heads/main`)).toBe(false);

    expect(await resolveRefOrNull(ctx, 'HEAD')).toBe(head);
    expect(await resolveRefOrNull(ctx, 'refs/heads/main')).toBe(head);
    expect(await resolveRefOrNull(ctx, 'refs/heads/none')).toBeNull();
    expect(await currentBranch(ctx)).toBe('main');
    git(dir, 'checkout', '-q', '--detach');
    expect(await currentBranch(ctx)).toBeNull();
    expect(await resolveRefOrNull(ctx, 'HEAD')).toBe(head);
  });

  it('answers null for an unborn branch and REPOSITORY_CORRUPT for a ref holding no commit id', async () => {
    const dir = new VaultBuilder().file('a.md', 'a\n').build();
    git(dir, 'init', '-q', '-b', 'main');
    const ctx: RepoContext = { fs, dir, gitdir: `${dir}/.git`, cache: {} };
    expect(await resolveRefOrNull(ctx, 'HEAD')).toBeNull();
    fs.mkdirSync(`${dir}/.git/refs/heads`, { recursive: true });
    fs.writeFileSync(`${dir}/.git/refs/heads/main`, 'garbage\n');

    await expect(resolveRefOrNull(ctx, 'HEAD')).rejects.toMatchObject({ code: 'REPOSITORY_CORRUPT' });
  });
});
