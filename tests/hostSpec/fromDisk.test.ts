import { describe, expect, test } from '@jest/globals';
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { createTestAppFromDisk } from '../host/fromDisk';

const EXAMPLE = join(__dirname, '..', '..', 'examples', 'vault');

/** Markdown paths under a folder, skipping dot folders, by walking the disk independently of the host. */
function markdownOnDisk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    if (name.startsWith('.')) continue;
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...markdownOnDisk(full));
    else if (name.endsWith('.md')) out.push(relative(EXAMPLE, full).split(sep).join('/'));
  }
  return out;
}

describe('createTestAppFromDisk', () => {
  test('loads the example vault: every markdown note is a TFile with a metadata cache', async () => {
    const app = createTestAppFromDisk(EXAMPLE);
    await app.settle();

    const loaded = app.vault
      .getMarkdownFiles()
      .map((f) => f.path)
      .sort();

    expect(loaded).toEqual(markdownOnDisk(EXAMPLE).sort());
    expect(loaded.every((p) => app.metadataCache.getCache(p) !== null)).toBe(true);
  });

  test('dot folders such as the config folder are in the adapter but not in the vault', async () => {
    const app = createTestAppFromDisk(EXAMPLE);

    const listed = await app.vault.adapter.list('/');

    expect(listed.folders).toContain(app.vault.configDir);
    expect(app.vault.getAbstractFileByPath(app.vault.configDir)).toBeNull();
  });
});
