import { afterEach, describe, expect, test } from '@jest/globals';
import type { CachedMetadata, TFile } from 'obsidian';
import { createTestApp, deleteFromVault, fileAt, takeHandlerErrors } from '../host/testing';

afterEach(() => expect(takeHandlerErrors()).toEqual([]));

describe('MetadataCache events', () => {
  test('changed arrives after the vault event, with the new text and cache; getFileCache is stale until then', async () => {
    const app = createTestApp({ files: { 'a.md': '---\nstatus: old\n---\n' } });
    const file = fileAt(app, 'a.md');
    const log: string[] = [];
    app.vault.on('modify', () => log.push('vault modify'));
    app.metadataCache.on('changed', (f: TFile, data: string, cache: CachedMetadata) =>
      log.push(`changed ${f.path} ${JSON.stringify(cache.frontmatter)} ${data.length}`),
    );
    app.metadataCache.on('resolve', (f: TFile) => log.push(`resolve ${f.path}`));
    app.metadataCache.on('resolved', () => log.push('resolved'));

    await app.vault.modify(file, '---\nstatus: new\n---\n');
    const staleStatus: unknown = app.metadataCache.getFileCache(file)?.frontmatter?.status;
    await app.metadataCache.whenResolved();

    expect(staleStatus).toBe('old');
    expect(log).toEqual(['vault modify', 'changed a.md {"status":"new"} 20', 'resolve a.md', 'resolved']);
    expect(app.metadataCache.getFileCache(file)?.frontmatter?.status).toBe('new');
  });

  test('a new note gets a cache and a changed event', async () => {
    const app = createTestApp();
    const changed: string[] = [];
    app.metadataCache.on('changed', (f: TFile) => changed.push(f.path));

    const file = await app.vault.create('n.md', '# Title\n');
    await app.settle();

    expect(changed).toEqual(['n.md']);
    expect(app.metadataCache.getFileCache(file)?.headings?.[0]).toMatchObject({ heading: 'Title', level: 1 });
  });

  test('rename re-keys the cache and fires no changed event', async () => {
    const app = createTestApp({ files: { 'a.md': '---\nx: 1\n---\n' } });
    const file = fileAt(app, 'a.md');
    await app.settle();
    const changed: string[] = [];
    app.metadataCache.on('changed', (f: TFile) => changed.push(f.path));

    await app.vault.rename(file, 'b.md');
    await app.settle();

    expect(changed).toEqual([]);
    expect(app.metadataCache.getCache('a.md')).toBeNull();
    expect(app.metadataCache.getFileCache(file)?.frontmatter).toEqual({ x: 1 });
  });

  test('delete fires deleted with the previous cache', async () => {
    const app = createTestApp({ files: { 'a.md': '#tag' } });
    const file = fileAt(app, 'a.md');
    const deleted: Array<[string, string | undefined]> = [];
    app.metadataCache.on('deleted', (f: TFile, prev: CachedMetadata | null) =>
      deleted.push([f.path, prev?.tags?.[0].tag]),
    );

    await deleteFromVault(app, file);
    await app.settle();

    expect(deleted).toEqual([['a.md', '#tag']]);
    expect(app.metadataCache.getFileCache(file)).toBeNull();
  });

  test('startup files are cached without changed events', async () => {
    const app = createTestApp({ files: { 'a.md': '---\nstack: task\n---\n' } });
    const changed: string[] = [];
    app.metadataCache.on('changed', (f: TFile) => changed.push(f.path));

    await app.settle();

    expect(changed).toEqual([]);
    expect(app.metadataCache.getCache('a.md')?.frontmatter).toEqual({ stack: 'task' });
  });
});

describe('MetadataCache parsing', () => {
  test('frontmatter uses the YAML core schema: dates stay strings, numbers and booleans are typed', () => {
    const app = createTestApp({ files: { 'a.md': '---\ndue: 2024-05-01\nn: 3\nok: true\nyes: yes\n---\nbody' } });

    expect(app.metadataCache.getCache('a.md')?.frontmatter).toEqual({ due: '2024-05-01', n: 3, ok: true, yes: 'yes' });
  });

  test('bad YAML gives a cache without frontmatter (but with its position) instead of throwing', () => {
    const app = createTestApp({ files: { 'a.md': '---\nkey: [unclosed\n---\n# Still parsed\n' } });

    const cache = app.metadataCache.getCache('a.md');

    expect(cache?.frontmatter).toBeUndefined();
    expect(cache?.frontmatterPosition?.end.line).toBe(2);
    expect(cache?.headings?.[0].heading).toBe('Still parsed');
  });

  test('wikilinks in properties become frontmatterLinks keyed by property and list index', () => {
    const app = createTestApp({
      files: { 'a.md': '---\nhost: "[[Server|the box]]"\ndepends:\n  - "[[One]]"\n  - "[[Two#Part]]"\n---\n' },
    });

    const links = app.metadataCache.getCache('a.md')?.frontmatterLinks;

    expect(links).toEqual([
      { key: 'host', link: 'Server', original: '[[Server|the box]]', displayText: 'the box' },
      { key: 'depends.0', link: 'One', original: '[[One]]', displayText: 'One' },
      { key: 'depends.1', link: 'Two#Part', original: '[[Two#Part]]', displayText: 'Two > Part' },
    ]);
  });

  test('links, embeds, tags, headings and sections are found; code is skipped', () => {
    const text = [
      '# Head',
      'See [[Note]] and ![[img.png]] #project/a',
      '',
      '```js',
      '[[not a link]] #nottag',
      '```',
      '- [ ] task [[Other|alias]]',
      '- done',
    ].join('\n');
    const app = createTestApp({ files: { 'a.md': text } });

    const cache = app.metadataCache.getCache('a.md');

    expect(cache?.links?.map((l) => [l.link, l.displayText, l.position.start.line, l.position.start.col])).toEqual([
      ['Note', 'Note', 1, 4],
      ['Other', 'alias', 6, 11],
    ]);
    expect(cache?.embeds?.map((e) => e.link)).toEqual(['img.png']);
    expect(cache?.tags?.map((t) => t.tag)).toEqual(['#project/a']);
    expect(cache?.sections?.map((s) => s.type)).toEqual(['heading', 'paragraph', 'code', 'list']);
    expect(cache?.listItems?.map((i) => i.task)).toEqual([' ', undefined]);
  });
});

describe('Link resolution', () => {
  const vault = {
    'Projects/Alpha.md': '',
    'Archive/Alpha.md': '',
    'Projects/Deep/Beta.md': '',
    'Beta.md': '',
    'Projects/Source.md': 'Links: [[Alpha]] [[Beta]] [[Deep/Beta]] [[Missing]] [[Missing#x]]',
    'img/pic.png': new Uint8Array([1]),
  };

  test('a basename resolves to the note in the source folder first', () => {
    const app = createTestApp({ files: vault });

    expect(app.metadataCache.getFirstLinkpathDest('Alpha', 'Projects/Source.md')?.path).toBe('Projects/Alpha.md');
  });

  test('otherwise the shortest path wins', () => {
    const app = createTestApp({ files: vault });

    expect(app.metadataCache.getFirstLinkpathDest('Beta', 'Projects/Source.md')?.path).toBe('Beta.md');
    expect(app.metadataCache.getFirstLinkpathDest('Alpha', 'Other.md')?.path).toBe('Archive/Alpha.md');
  });

  test('partial paths, full paths, extensions and case-insensitive names resolve', () => {
    const app = createTestApp({ files: vault });

    expect(app.metadataCache.getFirstLinkpathDest('Deep/Beta', '')?.path).toBe('Projects/Deep/Beta.md');
    expect(app.metadataCache.getFirstLinkpathDest('Archive/Alpha.md', '')?.path).toBe('Archive/Alpha.md');
    expect(app.metadataCache.getFirstLinkpathDest('pic.png', '')?.path).toBe('img/pic.png');
    expect(app.metadataCache.getFirstLinkpathDest('beta', '')?.path).toBe('Beta.md');
    expect(app.metadataCache.getFirstLinkpathDest('Nope', '')).toBeNull();
  });

  test('resolvedLinks and unresolvedLinks count links per source and update when the target appears', async () => {
    const app = createTestApp({ files: vault });
    await app.settle();

    const before = { ...app.metadataCache.unresolvedLinks['Projects/Source.md'] };
    await app.vault.create('Missing.md', '');
    await app.settle();

    expect(before).toEqual({ Missing: 2 });
    expect(app.metadataCache.resolvedLinks['Projects/Source.md']).toEqual({
      'Projects/Alpha.md': 1,
      'Beta.md': 1,
      'Projects/Deep/Beta.md': 1,
      'Missing.md': 2,
    });
    expect(app.metadataCache.unresolvedLinks['Projects/Source.md']).toEqual({});
  });

  test('fileToLinktext uses the basename when unique and the path otherwise', () => {
    const app = createTestApp({ files: vault });

    expect(app.metadataCache.fileToLinktext(fileAt(app, 'Projects/Deep/Beta.md'), 'Other.md')).toBe(
      'Projects/Deep/Beta',
    );
    expect(app.metadataCache.fileToLinktext(fileAt(app, 'Projects/Source.md'), 'Other.md')).toBe('Source');
  });
});
