import { describe, test, expect } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import git$ from 'isomorphic-git';
import { exampleVault, writeFile } from './support/vaultBuilder';
import { fsck, git, porcelain } from './support/nativeGit';
import { repoFor } from './support/repoFixture';
import { nodeCodec } from './support/nodeCodec';
import { hookedFs } from './support/faultyFs';
import { parseTree, readBlobBytes, readTreeEntries, rememberTreeBody } from '../../src/git/objectReader';
import type { RepoContext } from '../../src/git/RepoContext';

/**
 * A GitRepo stays open across commits (the plugin's auto-commit): it remembers where the index's
 * entries start and the trees it read or wrote. These tests hold what it remembers to what native
 * git does meanwhile.
 */

async function nativeVault(): Promise<string> {
  const dir = exampleVault().build();
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '.');
  git(dir, 'commit', '-q', '-m', 'native import');
  return dir;
}

/** `git ls-files --debug` as one block per path (the path line and its stat lines). */
function debugBlocks(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  let current = '';
  for (const line of git(dir, 'ls-files', '--debug').split('\n')) {
    if (line === '') continue;
    if (!line.startsWith(' ')) out.set((current = line), '');
    else out.set(current, `${out.get(current) ?? ''}${line}\n`);
  }
  return out;
}

describe('a warm repository beside native git', () => {
  test('entries the commit did not touch are copied byte for byte: git ls-files --debug and --stage agree', async () => {
    const dir = await nativeVault();
    const before = debugBlocks(dir);
    const stageBefore = git(dir, 'ls-files', '--stage');
    const repo = repoFor(dir, fs, 'node codec');
    writeFile(dir, 'Habits/meditate.md', '---\nstack: habit\ngoal: twice daily\n---\n');
    writeFile(dir, 'Aardvark/new.md', 'new\n');

    await repo.commit({ paths: ['Habits/meditate.md', 'Aardvark/new.md'] });

    const after = debugBlocks(dir);
    expect([...after.keys()]).toEqual([...before.keys(), 'Aardvark/new.md'].sort());
    for (const [file, block] of before) if (file !== 'Habits/meditate.md') expect(after.get(file)).toBe(block);
    const unchanged = (listing: string) =>
      listing.split('\n').filter((l) => l !== '' && !/\t(Habits\/meditate|Aardvark\/new)\.md$/.test(l));
    expect(unchanged(git(dir, 'ls-files', '--stage'))).toEqual(unchanged(stageBefore));
    expect(porcelain(dir)).toEqual([]);
    expect(fsck(dir)).toBe('');
  });

  test('an index another git process rewrote between two commits is read afresh, keeping what it staged', async () => {
    const dir = await nativeVault();
    const repo = repoFor(dir, fs, 'node codec');
    writeFile(dir, 'Habits/meditate.md', '---\nstack: habit\ngoal: twice daily\n---\n');
    await repo.commit({ paths: ['Habits/meditate.md'] });
    // Native git stages two paths the open repository did not commit: entries move in the file.
    writeFile(dir, 'Aaa first.md', 'staged natively\n');
    writeFile(dir, 'Infra/Services/jellyfin.md', '---\nstack: service\nport: 9999\n---\n');
    git(dir, 'add', 'Aaa first.md', 'Infra/Services/jellyfin.md');
    writeFile(dir, 'Habits/read.md', '---\nstack: habit\n---\n');

    const result = await repo.commit({ paths: ['Habits/read.md'] });

    expect(result.status).toBe('committed');
    expect(git(dir, 'diff-index', '--cached', '--name-status', 'HEAD').trim().split('\n')).toEqual([
      'A\tAaa first.md',
      'M\tInfra/Services/jellyfin.md',
    ]);
    expect(porcelain(dir)).toEqual(['A  Aaa first.md', 'M  Infra/Services/jellyfin.md']);
    expect(git(dir, 'write-tree').trim()).not.toBe(git(dir, 'rev-parse', 'HEAD^{tree}').trim());
    expect(fsck(dir)).toBe('');
  });

  test('an open repository reads the index it wrote itself from memory: the next commit reads no index file', async () => {
    const dir = await nativeVault();
    let indexReads = 0;
    const counting = hookedFs((method, file) => {
      if (method === 'readFile' && file.endsWith('/.git/index')) indexReads++;
    });
    const repo = repoFor(dir, counting, 'node codec');
    writeFile(dir, 'Habits/meditate.md', '---\nstack: habit\ngoal: twice daily\n---\n');
    await repo.commit({ paths: ['Habits/meditate.md'] });
    expect(indexReads).toBe(1);
    writeFile(dir, 'Habits/read.md', '---\nstack: habit\n---\n');

    await repo.commit({ paths: ['Habits/read.md'] });

    expect(indexReads).toBe(1);
    expect(porcelain(dir)).toEqual([]);
    expect(git(dir, 'write-tree').trim()).toBe(git(dir, 'rev-parse', 'HEAD^{tree}').trim());
    await repo.history('Habits/read.md'); // another operation: the copy is dropped
    writeFile(dir, 'Habits/read.md', '---\nstack: habit\ngoal: weekly\n---\n');
    await repo.commit({ paths: ['Habits/read.md'] });
    expect(indexReads).toBe(2);
    expect(fsck(dir)).toBe('');
  });

  test('an index rewritten in place (same inode, same size) since the last commit is read again, not taken from memory', async () => {
    const dir = await nativeVault();
    const index = path.join(dir, '.git/index');
    const repo = repoFor(dir, fs, 'node codec');
    writeFile(dir, 'Habits/meditate.md', '---\nstack: habit\ngoal: twice daily\n---\n');
    await repo.commit({ paths: ['Habits/meditate.md'] });
    // Another tool marks a path assume-unchanged by rewriting the index in place: same inode, same size.
    const file = 'Infra/Services/jellyfin.md';
    const bytes = fs.readFileSync(index);
    const entry = bytes.indexOf(Buffer.from(`${file}\0`)) - 62;
    bytes[entry + 60] |= 0x80;
    createHash('sha1')
      .update(bytes.subarray(0, bytes.length - 20))
      .digest()
      .copy(bytes, bytes.length - 20);
    const inode = fs.statSync(index).ino;
    const written = fs.statSync(index).mtimeMs;
    fs.writeFileSync(index, bytes);
    // Later than the commit's write (a file's time moves in clock ticks: same-tick rewrites are the stated limit).
    const later = new Date(written + 2000);
    fs.utimesSync(index, later, later);
    expect(fs.statSync(index).ino).toBe(inode);
    expect(git(dir, 'ls-files', '-v', file).trim()).toBe(`h ${file}`);
    writeFile(dir, 'Habits/read.md', '---\nstack: habit\n---\n');

    await repo.commit({ paths: ['Habits/read.md'] });

    expect(git(dir, 'ls-files', '-v', file).trim()).toBe(`h ${file}`);
    expect(porcelain(dir)).toEqual([]);
    expect(fsck(dir)).toBe('');
  });

  test('a folder put back exactly as it was commits onto the tree object it had before, which git still reads', async () => {
    const dir = await nativeVault();
    const repo = repoFor(dir, fs, 'node codec');
    const file = 'Habits/meditate.md';
    const original = fs.readFileSync(path.join(dir, file));
    const habitsTree = git(dir, 'rev-parse', 'HEAD:Habits').trim();
    writeFile(dir, file, '---\nstack: habit\ngoal: twice daily\n---\n');
    await repo.commit({ paths: [file] });
    writeFile(dir, file, original);

    await repo.commit({ paths: [file] });

    expect(git(dir, 'rev-parse', 'HEAD:Habits').trim()).toBe(habitsTree);
    expect(git(dir, 'rev-parse', 'HEAD^{tree}').trim()).toBe(git(dir, 'rev-parse', 'HEAD~2^{tree}').trim());
    expect(git(dir, 'cat-file', '-t', habitsTree).trim()).toBe('tree');
    expect(porcelain(dir)).toEqual([]);
    expect(fsck(dir)).toBe('');
  });

  test('after git gc packs every object and prunes the object folders, the next commit reads packed trees and remakes folders', async () => {
    const dir = await nativeVault();
    const repo = repoFor(dir, fs, 'node codec');
    writeFile(dir, 'Habits/meditate.md', '---\nstack: habit\ngoal: twice daily\n---\n');
    await repo.commit({ paths: ['Habits/meditate.md'] });
    git(dir, 'gc', '-q', '--prune=now');
    expect(fs.readdirSync(path.join(dir, '.git/objects')).filter((f) => /^[0-9a-f]{2}$/.test(f))).toEqual([]);
    writeFile(dir, 'Infra/Services/jellyfin.md', '---\nstack: service\nport: 9999\n---\n');

    const result = await repo.commit({ paths: ['Infra/Services/jellyfin.md'] });

    expect(result.status).toBe('committed');
    expect(git(dir, 'show', '--format=', '--name-status', 'HEAD').trim()).toBe('M\tInfra/Services/jellyfin.md');
    expect(porcelain(dir)).toEqual([]);
    expect(git(dir, 'write-tree').trim()).toBe(git(dir, 'rev-parse', 'HEAD^{tree}').trim());
    expect(fsck(dir)).toBe('');
  });

  test('loose trees read through the codec match isomorphic-git entry for entry (modes, unicode, byte order)', async () => {
    const dir = exampleVault().build();
    writeFile(dir, 'Notes/日本語のノート.md', 'x\n');
    writeFile(dir, 'Notes/été.md', 'y\n');
    writeFile(dir, 'Notes/run.sh', '#!/bin/sh\n');
    fs.chmodSync(path.join(dir, 'Notes/run.sh'), 0o755);
    fs.symlinkSync('été.md', path.join(dir, 'Notes/link.md'));
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', '.');
    git(dir, 'commit', '-q', '-m', 'native import');
    const ctx: RepoContext = { fs, dir, gitdir: path.join(dir, '.git'), cache: {}, codec: nodeCodec };
    const treeOids = git(dir, 'rev-list', '--objects', '--all')
      .split('\n')
      .map((l) => l.split(' ')[0])
      .filter((oid) => oid !== '' && git(dir, 'cat-file', '-t', oid).trim() === 'tree');
    expect(treeOids.length).toBeGreaterThan(3);

    for (const oid of treeOids) {
      const expected = (await git$.readTree({ fs, dir, oid })).tree;
      expect(await readTreeEntries(ctx, oid)).toEqual(expected);
    }
    const notes = (await git$.readTree({ fs, dir, oid: git(dir, 'rev-parse', 'HEAD:Notes').trim() })).tree;
    expect(notes.map((e) => e.mode).sort()).toEqual(['100644', '100644', '100644', '100755', '120000']);
  });

  test('blobs read through the codec, loose or packed, are the bytes git stores', async () => {
    const dir = await nativeVault();
    const ctx: RepoContext = { fs, dir, gitdir: path.join(dir, '.git'), cache: {}, codec: nodeCodec };
    const oid = git(dir, 'rev-parse', 'HEAD:Attachments/diagram.png').trim();
    const stored = execFileSync('git', ['cat-file', 'blob', oid], { cwd: dir });
    expect(Buffer.from(await readBlobBytes(ctx, oid))).toEqual(stored);
    git(dir, 'gc', '-q', '--prune=now');
    expect(Buffer.from(await readBlobBytes(ctx, oid))).toEqual(stored);
  });

  test('the trees kept in memory are bounded: the oldest are dropped and read again from disk', async () => {
    const dir = await nativeVault();
    let reads = 0;
    const counting = hookedFs((method, file) => {
      if (method === 'readFile' && file.includes('/objects/')) reads++;
    });
    const ctx: RepoContext = { fs: counting, dir, gitdir: path.join(dir, '.git'), cache: {}, codec: nodeCodec };
    const root = git(dir, 'rev-parse', 'HEAD^{tree}').trim();
    await readTreeEntries(ctx, root);
    await readTreeEntries(ctx, root);
    expect(reads).toBe(1);
    const big = new Uint8Array(64 * 1024);
    for (let i = 0; i < 100; i++) rememberTreeBody(ctx, i.toString(16).padStart(40, 'f'), big);

    await readTreeEntries(ctx, root);

    expect(reads).toBe(2);
  });

  test('a malformed tree body is refused, not read as a shorter tree', () => {
    const body = new TextEncoder().encode('100644 a.md\0short');
    expect(() => parseTree(body)).toThrow('malformed tree object');
  });
});
