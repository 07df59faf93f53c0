import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openCliRepo } from '../../../src/cli/git/CliRepo';
import { readIndexesAhead, takeIndexRead } from '../../../src/cli/git/indexReadAhead';
import { syncFs } from '../../../src/cli/git/syncFs';
import type { CliIo } from '../../../src/cli/io';
import { git } from '../../git/support/nativeGit';
import { TempVault } from '../support/TempVault';
import { runGitCli } from './support/runGitCli';

/** The commit bundle reads `.git/index` during the walk's lstats; the scan takes that read only while the file is as read. */
let vault: TempVault;

const io = {
  cwd: process.cwd(),
  env: process.env,
  now: () => new Date(),
  stdout: () => undefined,
  stderr: () => undefined,
} as unknown as CliIo;

beforeEach(async () => {
  vault = new TempVault('vault-stack-index-ahead-').write('a.md', 'first\n').write('Notes/b.md', 'second\n');
  expect((await runGitCli(['init', vault.root])).code).toBe(0);
  // The vaults here are too small for a helper thread: read ahead without one.
  readIndexesAhead(true, true);
});
afterEach(() => {
  readIndexesAhead(false);
  jest.restoreAllMocks();
  vault.remove();
});

/** How many times the scan reads `.git/index` through the fs. */
function indexReads(): () => number {
  const readFile = jest.spyOn(syncFs.promises, 'readFile');
  return () => readFile.mock.calls.filter(([path]) => typeof path === 'string' && path.endsWith('/.git/index')).length;
}

describe('reading .git/index ahead of the scan', () => {
  it('the scan takes the index read during the walk instead of reading it again, with the same result', async () => {
    const cli = openCliRepo(io, vault.root);
    vault.write('c.md', 'new\n');
    writeFileSync(join(vault.root, 'a.md'), 'edited\n');
    const files = await cli.repo.listFiles();
    const reads = indexReads();

    const scan = await cli.repo.scan(files);

    expect(reads()).toBe(0);
    expect(scan).toMatchObject({ added: ['c.md'], modified: ['a.md'], deleted: [], staged: [] });
    expect(takeIndexRead(join(vault.root, '.git/index'))).toBeNull();
  });

  it('an index native git rewrote after the walk is read again (what it staged shows as staged)', async () => {
    const cli = openCliRepo(io, vault.root);
    vault.write('c.md', 'new\n');
    const files = await cli.repo.listFiles();
    git(vault.root, 'add', 'c.md');
    const reads = indexReads();

    const scan = await cli.repo.scan(files);

    expect(reads()).toBe(1);
    expect(scan).toMatchObject({ added: [], modified: [], deleted: [], staged: ['c.md'] });
  });

  it('with reads ahead off (every command but commit), the walk leaves none and the scan reads the index', async () => {
    readIndexesAhead(false);
    const cli = openCliRepo(io, vault.root);
    const files = await cli.repo.listFiles();
    expect(takeIndexRead(join(vault.root, '.git/index'))).toBeNull();
    const reads = indexReads();

    expect(await cli.repo.scan(files)).toMatchObject({ added: [], modified: [], deleted: [] });
    expect(reads()).toBe(1);
  });

  it('with no helper thread sharing the lstats (a small vault), the commit reads nothing ahead', async () => {
    readIndexesAhead(true);
    const cli = openCliRepo(io, vault.root);
    const files = await cli.repo.listFiles();
    expect(takeIndexRead(join(vault.root, '.git/index'))).toBeNull();
    const reads = indexReads();

    expect(await cli.repo.scan(files)).toMatchObject({ added: [], modified: [], deleted: [] });
    expect(reads()).toBe(1);
  });

  it('with an interrupted commit pending (its recovery may rewrite the index), the scan reads the index itself', async () => {
    const cli = openCliRepo(io, vault.root);
    // A journal naming a path, as a commit killed after writing it leaves (nothing else to recover).
    writeFileSync(join(vault.root, '.git/vault-stack-pending'), JSON.stringify({ paths: ['a.md'] }));
    const files = await cli.repo.listFiles();
    const reads = indexReads();

    expect(await cli.repo.scan(files)).toMatchObject({ added: [], modified: [], deleted: [] });
    expect(reads()).toBe(1);
  });

  it('a corrupt index is left to the scan, which reports it as before', async () => {
    const cli = openCliRepo(io, vault.root);
    writeFileSync(join(vault.root, '.git/index'), 'DIRC but not really an index');
    const files = await cli.repo.listFiles();

    await expect(cli.repo.scan(files)).rejects.toMatchObject({ code: 'INDEX_CORRUPT' });
  });

  it('a commit reading ahead commits edits, then finds nothing to commit', async () => {
    writeFileSync(join(vault.root, 'Notes/b.md'), 'changed\n');
    expect((await runGitCli(['commit', vault.root])).code).toBe(0);
    expect(git(vault.root, 'status', '--porcelain')).toBe('');
    expect(await runGitCli(['commit', vault.root])).toMatchObject({ code: 0, out: 'nothing to commit\n' });
  });
});
