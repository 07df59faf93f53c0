import { afterEach, describe, expect, test } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { libraryKind, libraryKindNote } from '../../../src/core/library/kindLibrary';
import { git } from '../../git/support/nativeGit';
import { runGitCli } from '../git/support/runGitCli';
import { TempVault } from '../support/TempVault';

let vault: TempVault;
afterEach(() => vault.remove());

function freshVault(): TempVault {
  return new TempVault('vault-stack-kinds-').write('.vault-config/app.json', '{}\n').write('Home.md', '# Home\n');
}

describe('vault-stack init --kinds', () => {
  test('writes the declarations from the library and commits them with everything else', async () => {
    vault = freshVault();

    const result = await runGitCli(['init', vault.root, '--kinds', 'project, site']);

    expect(result.code).toBe(0);
    expect(result.err).toBe('kind project: wrote Kinds/Project.md\nkind site: wrote Kinds/Site.md\n');
    const site = libraryKind('site');
    expect(site && readFileSync(join(vault.root, 'Kinds/Site.md'), 'utf8')).toBe(site && libraryKindNote(site));
    expect(git(vault.root, 'ls-files').split('\n')).toEqual(
      expect.arrayContaining(['Kinds/Project.md', 'Kinds/Site.md', 'Home.md']),
    );
  });

  test('a kind the vault already declares is left alone', async () => {
    vault = freshVault().note('Money/Subscription kind.md', [
      'stack: kind',
      'name: subscription',
      'fields:',
      '  cost: number',
    ]);

    const result = await runGitCli(['init', vault.root, '--kinds', 'subscription']);

    expect(result.err).toBe('kind subscription: already declared in Money/Subscription kind.md, left alone\n');
    expect(existsSync(join(vault.root, 'Kinds'))).toBe(false);
  });

  test('a name not in the library is a usage error and nothing is written', async () => {
    vault = freshVault();

    const result = await runGitCli(['init', vault.root, '--kinds', 'site,recipes']);

    expect(result.code).toBe(2);
    expect(result.err).toContain('--kinds: "recipes" is not in the library');
    expect(existsSync(join(vault.root, 'Kinds'))).toBe(false);
    expect(existsSync(join(vault.root, '.git'))).toBe(false);
  });
});
