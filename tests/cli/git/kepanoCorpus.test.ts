import { expect, it } from '@jest/globals';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fsck, git, porcelain } from '../../git/support/nativeGit';
import { runGitCli } from './support/runGitCli';
import { describeWithCorpus } from '../../support/describeWithCorpus';

// A real vault written outside this project (read from ../shared, copied to a temp folder
// because versioning writes .git into it): it must be versioned cleanly, and a later edit
// must commit exactly that note.
describeWithCorpus('kepano-obsidian', 'versioning the kepano vault', (corpus) => {
  it('initialises, commits an edit, and native git finds the repository sound and clean', async () => {
    const root = mkdtempSync(join(tmpdir(), 'vault-stack-kepano-'));
    try {
      cpSync(corpus, root, { recursive: true });

      const init = await runGitCli(['init', root]);

      expect(init.code).toBe(0);
      expect(fsck(root)).toBe('');
      expect(porcelain(root)).toEqual([]);
      const tracked = git(root, 'ls-files').trim().split('\n');
      expect(tracked).toContain('Templates/Bases/Books.base');
      expect(tracked).toContain('.gitignore');

      const note = join(root, 'Readme.md');
      writeFileSync(note, readFileSync(note, 'utf8') + '\nEdited once.\n');
      const commit = await runGitCli(['commit', root]);

      expect(commit.code).toBe(0);
      expect(git(root, 'show', '--name-only', '--format=', 'HEAD').trim()).toBe('Readme.md');
      expect(fsck(root)).toBe('');
      expect(porcelain(root)).toEqual([]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
