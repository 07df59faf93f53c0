import { describe, expect, test } from '@jest/globals';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { GitFs } from '../../src/git/GitFs';
import { git } from './support/nativeGit';
import { repoFor } from './support/repoFixture';
import { exampleVault, writeFile } from './support/vaultBuilder';

/** node's fs, recording every attempt to open a `.gitignore`. */
function recordingFs(): { fs: GitFs; opened: string[] } {
  const opened: string[] = [];
  const node = fs.promises as unknown as GitFs['promises'];
  const client: GitFs = {
    promises: {
      ...node,
      readFile: (p: string, options?: unknown) => {
        if (typeof p === 'string' && p.endsWith('/.gitignore')) opened.push(p);
        return node.readFile(p, options);
      },
    },
  };
  return { fs: client, opened };
}

describe('ignore rules during a scan', () => {
  test('the listing opens only the .gitignore files it saw, the scan each at most once, and the answers match git', async () => {
    const dir = exampleVault().build();
    writeFile(dir, 'Projects/.gitignore', 'build/\n*.log\n!keep.log\n');
    writeFile(dir, 'Projects/app/build/out.md', 'generated\n');
    writeFile(dir, 'Projects/app/trace.log', 'noise\n');
    writeFile(dir, 'Projects/app/keep.log', 'kept\n');
    writeFile(dir, 'Projects/app/deep/er/note.md', 'a note\n');
    await repoFor(dir).init();
    writeFile(dir, 'Projects/app/deep/er/new.md', 'new\n');
    writeFile(dir, 'Projects/app/deep/er/new.log', 'ignored\n');
    writeFile(dir, 'Projects/app/deep/er/keep.log', 'kept too\n');
    const recording = recordingFs();
    const repo = repoFor(dir, recording.fs);

    const files = await repo.listFiles();
    const byListing = recording.opened.splice(0);
    const result = await repo.scan(files);
    const byScan = recording.opened.splice(0);

    const untracked = git(dir, 'ls-files', '--others', '--exclude-standard').trim().split('\n').sort();
    expect(result.added).toEqual(untracked);
    expect(result.added).toEqual(['Projects/app/deep/er/keep.log', 'Projects/app/deep/er/new.md']);
    expect(byListing.map((p) => path.relative(dir, p)).sort()).toEqual(['.gitignore', 'Projects/.gitignore']);
    expect(byScan.length).toBeGreaterThan(0);
    expect(new Set(byScan).size).toBe(byScan.length);
  });
});
