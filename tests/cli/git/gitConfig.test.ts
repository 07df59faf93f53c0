import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { git } from '../../git/support/nativeGit';
import { TempVault } from '../support/TempVault';
import { runGitCli } from './support/runGitCli';

let vault: TempVault;
let home: string;

beforeEach(() => {
  vault = new TempVault('vault-stack-cli-config-')
    .note('Tasks/Renew passport.md', ['stack: task', 'status: todo'])
    .write('.vault-config/app.json', '{}\n');
  home = mkdtempSync(join(tmpdir(), 'vault-stack-home-'));
});

afterEach(() => {
  vault.remove();
  rmSync(home, { recursive: true, force: true });
});

const author = (): string => git(vault.root, 'log', '-1', '--format=%an <%ae>|%cn <%ce>').trim();

function writeConfig(path: string, text: string): string {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
  return path;
}

describe('the commit author', () => {
  it("comes from the global ~/.gitconfig's user.name and user.email when nothing else says", async () => {
    writeConfig(join(home, '.gitconfig'), '[user]\n\tname = Ada Lovelace\n\temail = ada@example.org ; work address\n');

    await runGitCli(['init', vault.root], { env: { HOME: home } });

    expect(author()).toBe('Ada Lovelace <ada@example.org>|Ada Lovelace <ada@example.org>');
  });

  it('comes from $XDG_CONFIG_HOME/git/config, with ~/.gitconfig winning where both say', async () => {
    writeConfig(join(home, 'xdg', 'git', 'config'), '[User]\n  Name = "From XDG"\n  email = xdg@example.org\n');
    writeConfig(join(home, '.gitconfig'), '[user]\n\tname = From Home\n');

    await runGitCli(['init', vault.root], { env: { HOME: home, XDG_CONFIG_HOME: join(home, 'xdg') } });

    expect(author()).toBe('From Home <xdg@example.org>|From Home <xdg@example.org>');
  });

  it('reads only GIT_CONFIG_GLOBAL when it is set', async () => {
    writeConfig(join(home, '.gitconfig'), '[user]\n\tname = Not This\n\temail = not@example.org\n');
    const only = writeConfig(
      join(home, 'only.gitconfig'),
      '[user]\n\tname = Grace Hopper\n\temail = grace@example.org\n',
    );

    await runGitCli(['init', vault.root], { env: { HOME: home, GIT_CONFIG_GLOBAL: only } });

    expect(author()).toBe('Grace Hopper <grace@example.org>|Grace Hopper <grace@example.org>');
  });

  it("prefers the repository's .git/config over the global one, and GIT_AUTHOR_NAME over both", async () => {
    writeConfig(join(home, '.gitconfig'), '[user]\n\tname = Global\n\temail = global@example.org\n');
    await runGitCli(['init', vault.root], { env: { HOME: home } });
    git(vault.root, 'config', 'user.name', 'Repo Person');

    vault.note('Tasks/Renew passport.md', ['stack: task', 'status: done']);
    await runGitCli(['commit', vault.root], { env: { HOME: home } });
    expect(author()).toBe('Repo Person <global@example.org>|Repo Person <global@example.org>');

    vault.note('Tasks/Renew passport.md', ['stack: task', 'status: todo']);
    await runGitCli(['commit', vault.root], { env: { HOME: home, GIT_AUTHOR_NAME: 'From Env' } });
    expect(author()).toBe('From Env <global@example.org>|From Env <global@example.org>');
  });

  it('falls back to Vault Stack <vault-stack@localhost> without any config', async () => {
    await runGitCli(['init', vault.root], { env: { HOME: home } });

    expect(author()).toBe('Vault Stack <vault-stack@localhost>|Vault Stack <vault-stack@localhost>');
  });
});

describe('init on this file system', () => {
  it.each(['core.filemode', 'core.symlinks', 'core.ignorecase'])(
    'leaves %s as native git init does in the same temp folder',
    async (key) => {
      const native = mkdtempSync(join(tmpdir(), 'vault-stack-native-init-'));
      execFileSync('git', ['init', '--quiet', native], {
        env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' },
      });

      await runGitCli(['init', vault.root]);

      expect(localValue(vault.root, key)).toBe(localValue(native, key));
      rmSync(native, { recursive: true, force: true });
    },
  );

  it('shows its phases on a terminal and clears the line', async () => {
    const result = await runGitCli(['init', vault.root], { tty: true });

    expect(result.code).toBe(0);
    expect(result.err).toContain('\r\x1b[2Kinit: checking files for secrets');
    expect(result.err).toContain('\r\x1b[2Kinit: staging files 3/3');
    expect(result.err.endsWith('\r\x1b[2K')).toBe(true);
  });

  it('prints no progress when stderr is not a terminal', async () => {
    const result = await runGitCli(['init', vault.root]);

    expect(result.err).toBe('');
  });
});

/** A key's value in the repository's own config, or `(unset)`. */
function localValue(dir: string, key: string): string {
  try {
    return execFileSync('git', ['config', '--local', '--get', key], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' },
    }).trim();
  } catch {
    return '(unset)';
  }
}
