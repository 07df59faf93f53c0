import { describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// main.js requires `obsidian` once and names its values directly (build/obsidianOnce.cjs): with a
// require per importing module, as esbuild writes an external package, main.js was 1.9 KiB larger.
const root = join(__dirname, '..', '..');
const { obsidianValueNames } = require('../../build/obsidianOnce.cjs') as {
  obsidianValueNames: (dir: string) => string[];
};

function folderWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'obsidian-once-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe('obsidian in main.js', () => {
  it('is required once, by the module that names its values', () => {
    const code = readFileSync(join(root, 'main.js'), 'utf8');
    expect(code.match(/require\(\s*["']obsidian["']\s*\)/g)).toHaveLength(1);
  });

  it('offers every value src imports from it', () => {
    const names = obsidianValueNames(join(root, 'src'));
    expect(names).toEqual(expect.arrayContaining(['Notice', 'Plugin', 'Platform', 'requestUrl']));
    expect(names).not.toContain('App'); // imported as a type only
  });

  it('lists the values of named imports, skipping types, across lines and folders', () => {
    const dir = folderWith({
      'a.ts': "import { Notice, type App, Modal as Dialog } from 'obsidian';\n",
      'deep/b.ts':
        "import {\n  debounce,\n  type TFile,\n} from 'obsidian';\nimport type { Plugin } from 'obsidian';\n",
    });
    try {
      expect(obsidianValueNames(dir)).toEqual(['Modal', 'Notice', 'debounce']);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });

  it.each([
    "import * as obsidian from 'obsidian';\n",
    "import obsidian from 'obsidian';\n",
    "export { Notice } from 'obsidian';\n",
    "const obsidian = require('obsidian');\n",
  ])('refuses an import whose names it cannot list: %s', (text) => {
    const dir = folderWith({ 'a.ts': text });
    try {
      expect(() => obsidianValueNames(dir)).toThrow(/import obsidian's values by name/);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });
});
