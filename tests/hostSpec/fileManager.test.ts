import { afterEach, describe, expect, test } from '@jest/globals';
import { createTestApp, fileAt, readVaultFile, takeHandlerErrors } from '../host/testing';

afterEach(() => expect(takeHandlerErrors()).toEqual([]));

describe('FileManager.processFrontMatter', () => {
  test('mutations are written back as YAML and the body is kept', async () => {
    const app = createTestApp({ files: { 't.md': '---\nstatus: todo\ntags:\n  - a\n---\nBody [[x]]\n' } });

    await app.fileManager.processFrontMatter(fileAt(app, 't.md'), (fm) => {
      fm.status = 'done';
      fm.done = '2024-05-01';
      (fm.tags as string[]).push('b');
    });

    expect(readVaultFile(app, 't.md')).toBe(
      '---\nstatus: done\ntags:\n  - a\n  - b\ndone: 2024-05-01\n---\nBody [[x]]\n',
    );
  });

  test('a note without frontmatter gets a block; an unchanged one is not written', async () => {
    const app = createTestApp({ files: { 'a.md': 'text\n', 'b.md': 'plain\n' } });
    const modified: string[] = [];
    app.vault.on('modify', (f: { path: string }) => modified.push(f.path));

    await app.fileManager.processFrontMatter(fileAt(app, 'a.md'), (fm) => {
      fm.stack = 'habit';
    });
    await app.fileManager.processFrontMatter(fileAt(app, 'b.md'), () => {});

    expect(readVaultFile(app, 'a.md')).toBe('---\nstack: habit\n---\ntext\n');
    expect(modified).toEqual(['a.md']);
  });

  test('malformed YAML rejects and leaves the file untouched', async () => {
    const app = createTestApp({ files: { 'bad.md': '---\na: [1\n---\n' } });

    await expect(app.fileManager.processFrontMatter(fileAt(app, 'bad.md'), () => {})).rejects.toThrow();

    expect(readVaultFile(app, 'bad.md')).toBe('---\na: [1\n---\n');
  });
});

describe('FileManager links and moves', () => {
  test('renameFile moves the file and updates wikilinks to the file in other notes, keeping subpaths and aliases', async () => {
    const app = createTestApp({
      files: {
        'Old.md': '',
        'archive/keep.md': '',
        'src.md': 'See [[Old]], [[Old#Part|alias]] and ![[Old]].\n',
        'other.md': '[[Unrelated]]',
      },
    });
    await app.settle();

    await app.fileManager.renameFile(fileAt(app, 'Old.md'), 'archive/New.md');
    await app.settle();

    expect(readVaultFile(app, 'src.md')).toBe('See [[New]], [[New#Part|alias]] and ![[New]].\n');
    expect(readVaultFile(app, 'other.md')).toBe('[[Unrelated]]');
    expect(app.metadataCache.resolvedLinks['src.md']).toEqual({ 'archive/New.md': 3 });
  });

  test('generateMarkdownLink makes a wikilink with subpath and alias', () => {
    const app = createTestApp({ files: { 'a/Note.md': '' } });

    expect(app.fileManager.generateMarkdownLink(fileAt(app, 'a/Note.md'), '', '#H', 'text')).toBe('[[Note#H|text]]');
  });

  test('trashFile moves the file to .trash and fires delete', async () => {
    const app = createTestApp({ files: { 'a.md': 'x' } });
    const deleted: string[] = [];
    app.vault.on('delete', (f: { path: string }) => deleted.push(f.path));

    await app.fileManager.trashFile(fileAt(app, 'a.md'));

    expect(deleted).toEqual(['a.md']);
    expect(readVaultFile(app, '.trash/a.md')).toBe('x');
  });
});
