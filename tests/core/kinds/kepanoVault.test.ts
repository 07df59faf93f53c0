import { expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseItem } from '../../../src/core/kinds/parseItem';
import { markdownNote } from '../../builders/markdownNote';
import { describeWithCorpus } from '../../support/describeWithCorpus';

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.name.startsWith('.')) return [];
    const full = join(dir, e.name);
    return e.isDirectory() ? markdownFiles(full) : e.name.endsWith('.md') ? [full] : [];
  });
}

describeWithCorpus('kepano-obsidian', "kepano's real vault (no stack: keys)", (VAULT) => {
  it('parses every note without finding an item or a problem', () => {
    const files = markdownFiles(VAULT);
    let withFrontmatter = 0;
    const results = files.map((file) => {
      const input = markdownNote(relative(VAULT, file).split('\\').join('/'), readFileSync(file, 'utf8'));
      if (input.frontmatter) withFrontmatter++;
      return parseItem(input, new Map());
    });
    expect(files.length).toBeGreaterThan(50);
    expect(withFrontmatter).toBeGreaterThan(30);
    expect(results.filter((r) => r.item !== null)).toEqual([]);
    expect(results.flatMap((r) => r.problems)).toEqual([]);
  });
});
