import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import * as git from 'isomorphic-git';
import * as fs from 'node:fs';
import { join } from 'node:path';
import { IgnoreMatcher } from '../../src/git/ignoreMatcher';
import { ignoreRulesFs } from '../../src/git/ignoreRulesFs';
import { VaultBuilder } from './support/vaultBuilder';

/** Ignore files with negations, anchors, folder-only rules, globs and `**`, at three depths, and one without rules. */
function trickyVault(): string {
  const dir = new VaultBuilder()
    .file(
      '.gitignore',
      [
        '*.tmp',
        '!keep.tmp',
        '/build',
        'cache/',
        'logs/**/debug.log',
        '# comment',
        '\\#hash.md',
        'drafts/*',
        '!drafts/public.md',
      ].join('\n'),
    )
    .file('Notes/.gitignore', ['*.bak', '!important.bak', 'private/', '/local.md'].join('\n'))
    .file('Notes/deep/.gitignore', ['!*.tmp', 'secret*'].join('\n'))
    // Comments and blank lines only: no rules, which the matcher skips.
    .file('x/.gitignore', ['# nothing here', '', '   ', '#!keep.tmp'].join('\n'))
    .file('a.md', 'a')
    .build();
  fs.mkdirSync(join(dir, '.git', 'info'), { recursive: true });
  fs.writeFileSync(join(dir, '.git', 'info', 'exclude'), 'excluded.md\n');
  return dir;
}

const SEGMENTS = ['Notes', 'deep', 'drafts', 'cache', 'build', 'logs', 'private', 'x'];
const NAMES = [
  'a.md',
  'keep.tmp',
  'b.tmp',
  'c.bak',
  'important.bak',
  'local.md',
  'secret.md',
  'debug.log',
  'public.md',
  '#hash.md',
  'excluded.md',
  'build',
];

describe('IgnoreMatcher, the once-per-pass compiled .gitignore rules', () => {
  it('agrees with isomorphic-git’s isIgnored on every path, folders (trailing slash) included', async () => {
    const dir = trickyVault();
    const gitdir = join(dir, '.git');
    const matcher = new IgnoreMatcher(ignoreRulesFs(fs), dir, gitdir);
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom(...SEGMENTS), { maxLength: 4 }),
        fc.constantFrom(...NAMES),
        fc.boolean(),
        async (folders, name, asFolder) => {
          const filepath = [...folders, name].join('/') + (asFolder ? '/' : '');
          const expected = await git.isIgnored({ fs, dir, gitdir, filepath });
          expect({ filepath, ignored: await matcher.isIgnored(filepath) }).toEqual({ filepath, ignored: expected });
        },
      ),
      { numRuns: 400 },
    );
  });

  it('reads each ignore file once, however many paths are asked about', async () => {
    const dir = trickyVault();
    const reads: string[] = [];
    const counting = {
      promises: {
        ...fs.promises,
        readFile: (path: string, options?: 'utf8') => {
          reads.push(path);
          return fs.promises.readFile(path, options);
        },
      },
    };
    const matcher = new IgnoreMatcher(counting, dir, join(dir, '.git'));
    for (let i = 0; i < 50; i++) await matcher.isIgnored(`Notes/deep/n${i}.tmp`);
    expect([...reads].sort()).toEqual(
      [
        join(dir, '.git/info/exclude'),
        join(dir, '.gitignore'),
        join(dir, 'Notes/.gitignore'),
        join(dir, 'Notes/deep/.gitignore'),
      ].sort(),
    );
  });
});
