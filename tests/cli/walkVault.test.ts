import { afterEach, describe, expect, it } from '@jest/globals';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { walkVault } from '../../src/cli/vault/walkVault';
import { TempVault } from './support/TempVault';

describe('walkVault', () => {
  let vault: TempVault;
  afterEach(() => vault.remove());

  it('lists Markdown notes in nested folders with forward slashes', () => {
    vault = new TempVault()
      .write('Home.md', '# Home')
      .write('Infra/Services/Jellyfin.md', 'x')
      .write('Infra/photo.png', 'png')
      .write('Notes.txt', 'x');

    expect(walkVault(vault.root).notes.sort()).toEqual(['Home.md', 'Infra/Services/Jellyfin.md']);
  });

  it('skips dot-folders, node_modules and symlinks', () => {
    vault = new TempVault()
      .write('a.md', 'x')
      .write('.config/templates/t.md', 'x')
      .write('.trash/old.md', 'x')
      .write('.git/x.md', 'x')
      .write('node_modules/pkg/README.md', 'x');
    symlinkSync(join(vault.root, 'a.md'), join(vault.root, 'link.md'));

    expect(walkVault(vault.root).notes).toEqual(['a.md']);
  });
});
