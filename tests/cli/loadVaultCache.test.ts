import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { loadVault, type LoadedVault } from '../../src/cli/vault/loadVault';
import { MemoryIo } from './support/MemoryIo';
import { TempVault } from './support/TempVault';

/** What a CLI command can see of a loaded vault. */
function observable(v: LoadedVault): unknown {
  return {
    items: v.index.items(),
    problems: v.problems,
    stats: v.index.stats(),
    links: v.index.items().map((i) => v.index.linksFrom(i.path)),
  };
}

describe('loadVault with a cache', () => {
  let vault: TempVault;
  let cacheDir: TempVault;
  beforeEach(() => {
    vault = new TempVault();
    cacheDir = new TempVault('vault-stack-cache-');
    vault
      .note('Kinds/Recipe.md', ['stack: kind', 'name: recipe', 'group: kitchen', 'fields:', '  serves: number'])
      .note('Food/Dal.md', ['stack: recipe', 'serves: 4', 'source: "[[Grandma]]"'])
      .note('Tasks/Pay.md', ['stack: task', 'due: soon', 'depends: ["[[Missing]]", "[[Budget]]"]', 'priorty: high'])
      .write('People/Grandma.md', 'plain\n')
      .write('Budget.md', 'plain\n')
      .write('Unlinked.md', 'plain\n');
  });
  afterEach(() => {
    vault.remove();
    cacheDir.remove();
  });

  const load = (cache: string | false = cacheDir.root): LoadedVault =>
    loadVault(new MemoryIo(vault.root), { vault: vault.root, cache, toolVersion: 'test' });

  it('gives the same items, problems and links on every run as without a cache, parsing nothing once notes are unchanged', () => {
    const uncached = observable(load(false));

    const runs = [load(), load(), load()];

    for (const run of runs) expect(observable(run)).toEqual(uncached);
    // Runs 1 and 2 parse every item; run 3 restores them (plain notes never need a parse).
    expect(runs.map((r) => r.index.work.parses)).toEqual([3, 3, 0]);
    expect(runs[2].index.hasNote('Unlinked.md')).toBe(false);
  });

  it('suggests a plain note nothing links to for a dangling link on every run, as without a cache', () => {
    vault.note('Infra/Backup.md', ['stack: service', 'url: https://backup.example', 'host: "[[Unlinkd]]"']);
    const uncached = observable(load(false));
    const suggested = (v: LoadedVault): boolean =>
      v.problems.some((p) => p.message.endsWith('did you mean [[Unlinked]]?'));

    // Run 3 on builds from the plain notes the cache stored as linked, not from every note.
    const runs = [load(), load(), load(), load()];

    expect(suggested(load(false))).toBe(true);
    for (const run of runs) expect(observable(run)).toEqual(uncached);
    expect(runs.map(suggested)).toEqual([true, true, true, true]);
  });

  it('parses again every item of a user kind when its declaration changes', () => {
    load();
    load();
    vault.note('Kinds/Recipe.md', ['stack: kind', 'name: recipe', 'group: food', 'fields:', '  serves: text']);

    const changed = load();

    expect(changed.index.get('Food/Dal.md')?.group).toBe('food');
    expect(observable(changed)).toEqual(observable(load(false)));
  });

  it('adds a newly linked plain note and a new item on the run after they appear', () => {
    load();
    load();
    vault.note('Tasks/Call.md', ['stack: task', 'depends: "[[Unlinked]]"']);

    const changed = load();

    expect(changed.index.hasNote('Unlinked.md')).toBe(true);
    expect(observable(changed)).toEqual(observable(load(false)));
    expect(observable(load())).toEqual(observable(load(false)));
  });

  it('reports a link as dangling on the run after its plain target is deleted', () => {
    load();
    load();
    rmSync(join(vault.root, 'Budget.md'));

    const changed = load();

    expect(changed.index.hasNote('Budget.md')).toBe(false);
    expect(changed.problems.some((p) => p.message.includes('"[[Budget]]" does not match any note'))).toBe(true);
    expect(observable(changed)).toEqual(observable(load(false)));
  });
});
