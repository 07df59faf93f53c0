import { afterEach, describe, expect, it } from '@jest/globals';
import { mkdirSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { rawStatFor } from '../../src/cli/git/lstatColumns';
import {
  listFolder,
  rawReaddir,
  SETTLED_MS,
  walkVault,
  type FolderListing,
  type FolderListings,
  type VaultWalk,
} from '../../src/cli/vault/walkVault';
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

  it('names notes of any spelling in nested folders by folder and name, in listing order', () => {
    const names = ['ü ñ, x.md', 'tab\there.md', 'a\nline.md', 'dots..md', ' lead.md', 'Note 10.md'];
    vault = new TempVault();
    for (const name of names) vault.write(`Deep/er/${name}`, 'x').write(name, 'x');
    const notes = walkVault(vault.root).notes;
    expect(notes.filter((n) => n.startsWith('Deep/')).sort()).toEqual(names.map((n) => `Deep/er/${n}`).sort());
    expect(notes.filter((n) => !n.startsWith('Deep/')).sort()).toEqual([...names].sort());
    expect(new Set(notes).size).toBe(notes.length);
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

  /** Listings in a map, counting the folders served from it. */
  class MapListings implements FolderListings {
    readonly map = new Map<string, { m: number; c: number; listing: FolderListing }>();
    served: string[] = [];
    listed(folder: string, m: number, c: number): FolderListing | undefined {
      const held = this.map.get(folder);
      if (held === undefined || held.m !== m || held.c !== c) return undefined;
      this.served.push(folder);
      return held.listing;
    }
    record(folder: string, m: number, c: number, listing: FolderListing): void {
      this.map.set(folder, { m, c, listing });
    }
  }

  /** Waits past the file system's clock tick, so a change gets new folder times. */
  function nextTick(): void {
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 25);
  }

  it('serves unchanged folders from recorded listings and lists changed ones again, as a walk without them', () => {
    vault = new TempVault()
      .write('Home.md', 'x')
      .write('A/one.md', 'x')
      .write('A/B/two.md', 'x')
      .write('C/three.md', 'x')
      .write('C/photo.png', 'x');
    const listings = new MapListings();
    const later = Date.now() + 10 * SETTLED_MS;
    const first = walkVault(vault.root, listings, later);
    expect(listings.served).toEqual([]);
    expect([...listings.map.keys()].sort()).toEqual(['', 'A', 'A/B', 'C']);

    listings.served = [];
    expect(walkVault(vault.root, listings, later)).toEqual(first);
    expect(listings.served.sort()).toEqual(['', 'A', 'A/B', 'C']);

    nextTick();
    vault.write('A/B/new.md', 'x');
    rmSync(join(vault.root, 'C/three.md'));
    renameSync(join(vault.root, 'A/one.md'), join(vault.root, 'A/uno.md'));
    listings.served = [];
    const changed = walkVault(vault.root, listings, later);
    expect(changed).toEqual(walkVault(vault.root));
    expect(changed.notes.sort()).toEqual(['A/B/new.md', 'A/B/two.md', 'A/uno.md', 'Home.md']);
    expect(listings.served).toEqual(['']);
  });

  it('records and serves the same listings with raw folder stats, named from inside the vault, as with statSync', () => {
    vault = new TempVault()
      .write('Home.md', 'x')
      .write('A/one.md', 'x')
      .write('A/B/two.md', 'x')
      .write('C/three.md', 'x');
    const raw = rawStatFor(vault.root);
    // This platform's node accepts the raw binding, so the comparison below is of two different paths.
    expect(raw).not.toBeNull();
    const later = Date.now() + 10 * SETTLED_MS;
    const byStatSync = new MapListings();
    const byRaw = new MapListings();
    const back = process.cwd();
    const walkRaw = (): VaultWalk => {
      process.chdir(vault.root);
      try {
        return walkVault(vault.root, byRaw, later, { inside: true, raw });
      } finally {
        process.chdir(back);
      }
    };
    const first = walkVault(vault.root, byStatSync, later);
    expect(walkRaw()).toEqual(first);
    // The same folders recorded under the same mtimes and ctimes.
    expect(byRaw.map).toEqual(byStatSync.map);
    expect(byRaw.map.size).toBe(4);

    byStatSync.served = [];
    expect(walkRaw()).toEqual(first);
    expect(byRaw.served.sort()).toEqual(['', 'A', 'A/B', 'C']);

    nextTick();
    vault.write('A/B/new.md', 'x');
    byRaw.served = [];
    const changed = walkRaw();
    expect([...changed.notes].sort()).toEqual(['A/B/new.md', 'A/B/two.md', 'A/one.md', 'C/three.md', 'Home.md']);
    expect(byRaw.served.sort()).toEqual(['', 'A', 'C']);
    expect(walkVault(vault.root, byStatSync, later)).toEqual(changed);
    expect(byRaw.map).toEqual(byStatSync.map);
  });

  it('lists folders through the raw binding as readdirSync does, every kind of entry, and throws as it throws', () => {
    vault = new TempVault()
      .write('a.md', 'x')
      .write('photo.png', 'x')
      .write('.hidden/h.md', 'x')
      .write('node_modules/pkg/README.md', 'x')
      .write('Sub/b.md', 'x');
    mkdirSync(join(vault.root, 'folder.md'));
    symlinkSync(join(vault.root, 'a.md'), join(vault.root, 'link.md'));
    symlinkSync(join(vault.root, 'Sub'), join(vault.root, 'SubLink'));
    execFileSync('mkfifo', [join(vault.root, 'pipe.md')]);
    const raw = rawReaddir();
    // What the walk tells apart: a file (1), a folder (2) or anything else.
    const fileOrFolder = (types: ArrayLike<number>): number[] => Array.from(types, (t) => (t === 1 || t === 2 ? t : 0));
    // This platform's node calls its binding as the walk does, so the comparison is of two different paths.
    expect(raw).not.toBeNull();
    const byRaw = listFolder(vault.root, raw);
    const byDirents = listFolder(vault.root, null);
    expect({ names: byRaw.names, types: fileOrFolder(byRaw.types) }).toEqual({
      names: byDirents.names,
      types: fileOrFolder(byDirents.types),
    });
    const typeOf = (name: string): number => byRaw.types[byRaw.names.indexOf(name)];
    // Files and folders as Dirent says; links and the pipe are neither.
    expect([typeOf('a.md'), typeOf('Sub'), typeOf('folder.md')]).toEqual([1, 2, 2]);
    expect([typeOf('link.md'), typeOf('SubLink'), typeOf('pipe.md')].every((t) => t !== 1 && t !== 2)).toBe(true);
    // A walk through the binding lists the same notes in the same order.
    const statRaw = rawStatFor(join(vault.root, 'a.md'));
    expect(walkVault(vault.root, undefined, Date.now(), { raw: statRaw })).toEqual(walkVault(vault.root));
    expect(walkVault(vault.root).notes.sort()).toEqual(['Sub/b.md', 'a.md']);
    const missing = join(vault.root, 'gone');
    const codeOf = (list: () => unknown): unknown => {
      try {
        list();
        return null;
      } catch (error) {
        return (error as { code?: unknown }).code;
      }
    };
    expect(codeOf(() => listFolder(missing, raw))).toBe('ENOENT');
    expect(codeOf(() => listFolder(join(vault.root, 'a.md'), raw))).toBe(
      codeOf(() => listFolder(join(vault.root, 'a.md'), null)),
    );
  });

  it('records no listing of a folder that changed within the settling time', () => {
    vault = new TempVault().write('A/one.md', 'x');
    const listings = new MapListings();
    walkVault(vault.root, listings, Date.now());
    expect(listings.map.size).toBe(0);
  });
});
