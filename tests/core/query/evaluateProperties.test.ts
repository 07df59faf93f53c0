import { describe, expect, it } from '@jest/globals';
import { anItem } from './ItemBuilder';
import { evaluate, expressionError } from './evaluate';
import { displayValue } from '../../../src/core/query/Value';
import { selfNote } from '../../../src/core/query/selfNote';

describe('property access', () => {
  const service = anItem()
    .ofKind('service')
    .at('Infra/Services/Jellyfin.md')
    .tagged('media', 'homelab/core')
    .with('url', 'https://jelly.example')
    .with('last-run', '2026-11-27T03:00')
    .with('host', '[[nas]]')
    .build();

  it('reads a frontmatter field by its bare name and through note.', () => {
    expect(evaluate('url', service)).toBe('https://jelly.example');
    expect(evaluate('note.url', service)).toBe('https://jelly.example');
  });

  it('reads a hyphenated field through note["…"]', () => {
    expect(displayValue(evaluate('note["last-run"]', service))).toBe('2026-11-27T03:00');
  });

  it('reads the item fields title, kind, group and tags', () => {
    expect([evaluate('title', service), evaluate('kind', service), evaluate('group', service)]).toEqual([
      'Jellyfin',
      'service',
      'infra',
    ]);
    expect(evaluate('tags', service)).toEqual(['media', 'homelab/core']);
  });

  it('reads file.name, basename, path, folder, ext, tags and links', () => {
    expect(evaluate('file.name', service)).toBe('Jellyfin.md');
    expect(evaluate('file.basename', service)).toBe('Jellyfin');
    expect(evaluate('file.path', service)).toBe('Infra/Services/Jellyfin.md');
    expect(evaluate('file.folder', service)).toBe('Infra/Services');
    expect(evaluate('file.ext', service)).toBe('md');
    expect(evaluate('file.tags', service)).toEqual(['media', 'homelab/core']);
    expect(evaluate('file.links', service)).toEqual([{ type: 'link', target: 'nas' }]);
  });

  it('gives "/" as the folder of a note at the vault root', () => {
    expect(evaluate('file.folder', anItem().at('Inbox.md').build())).toBe('/');
  });

  it('reads a missing property as null', () => {
    expect(evaluate('rating', service)).toBeNull();
    expect(evaluate('note.rating', service)).toBeNull();
  });

  it('does not expose prototype members as properties', () => {
    expect(evaluate('constructor', service)).toBeNull();
    expect(evaluate('note.toString', service)).toBeNull();
  });

  it('falls back to the parsed default when the note omits a field', () => {
    const task = anItem().withData({ type: 'task', status: 'todo', depends: [] }).build();
    expect(evaluate('status == "todo"', task)).toBe(true);
  });

  it("reads a custom kind's values when the frontmatter lacks them", () => {
    const recipe = anItem()
      .ofKind('recipe', 'kitchen')
      .withData({ type: 'custom', values: { servings: 4 } })
      .build();
    expect(evaluate('servings', recipe)).toBe(4);
  });

  it('reads a derived property from the resolver, and note.x bypasses it', () => {
    const backup = anItem().ofKind('backup').with('state', 'written by hand').build();
    const derived = (_: unknown, name: string): unknown => (name === 'state' ? 'overdue' : undefined);
    expect(evaluate('state', backup, { derived })).toBe('overdue');
    expect(evaluate('note.state', backup, { derived })).toBe('written by hand');
  });

  it('converts derived dates, numbers and durations to values', () => {
    const derived = (_: unknown, name: string): unknown =>
      (({ next: '2026-12-01', urgency: 7.5, rotate: { n: 90, unit: 'd' } }) as Record<string, unknown>)[name];
    expect(evaluate('next < date("2026-12-02")', anItem().build(), { derived })).toBe(true);
    expect(evaluate('urgency > 7', anItem().build(), { derived })).toBe(true);
    expect(evaluate('rotate.days', anItem().build(), { derived })).toBe(90);
  });

  it('reads a property of a linked item when the host resolves the link', () => {
    const nas = anItem().ofKind('device').at('Infra/nas.md').with('role', 'storage').build();
    const resolveLink = (target: string): typeof nas | null => (target === 'nas' ? nas : null);
    expect(evaluate('host.role', service, { resolveLink })).toBe('storage');
    expect(evaluate('host.role', service)).toBeNull();
  });

  it('keeps frontmatter mappings that merely look like values as mappings', () => {
    const item = anItem()
      .with('odd', { type: 'link' })
      .with('when', { type: 'date', minutes: 'x', hasTime: false })
      .build();
    expect(evaluate('odd == link("x")', item)).toBe(false);
    expect(evaluate('odd.type', item)).toBe('link');
    expect(evaluate('when < today()', item)).toBe(false);
  });

  it('reads a list that contains itself (a YAML anchor loop) without overflowing', () => {
    const loop: unknown[] = [1];
    loop.push(loop, loop, loop);
    const item = anItem().with('loop', loop).build();
    expect(evaluate('loop', item)).toEqual([1, null, null, null]);
  });

  it('reads list elements by index, from the end with negatives', () => {
    const item = anItem().with('steps', ['a', 'b', 'c']).build();
    expect([evaluate('steps[0]', item), evaluate('steps[-1]', item), evaluate('steps[9]', item)]).toEqual([
      'a',
      'c',
      null,
    ]);
  });

  it('reads fields of a frontmatter mapping', () => {
    const item = anItem().with('address', { city: 'Lyon' }).build();
    expect([
      evaluate('address.city', item),
      evaluate('address["city"]', item),
      evaluate('file.properties.address.city', item),
    ]).toEqual(['Lyon', 'Lyon', 'Lyon']);
  });
});

describe('this: the note showing the block', () => {
  const artist = selfNote({
    path: 'Artists/Radiohead.md',
    frontmatter: { related: ['[[Oxford]]'], 'formed-in': '1985-01-01' },
    links: [{ field: 'related', target: 'Oxford' }],
  });
  const album = anItem()
    .ofKind('album', 'knowledge')
    .at('Albums/OK Computer.md')
    .with('artist', ['[[Radiohead]]'])
    .with('loc', '[[Oxford]]')
    .build();
  const other = anItem()
    .ofKind('album', 'knowledge')
    .at('Albums/Blue Train.md')
    .with('artist', '[[John Coltrane]]')
    .build();

  it('stands for a link to that note, so lists of links can contain it', () => {
    expect(evaluate('list(artist).contains(this)', album, { self: artist })).toBe(true);
    expect(evaluate('list(artist).contains(this)', other, { self: artist })).toBe(false);
    expect(evaluate('file.hasLink(this)', album, { self: artist })).toBe(true);
  });

  it("reads that note's file properties, file methods and properties", () => {
    expect(evaluate('this.file.name', album, { self: artist })).toBe('Radiohead.md');
    expect(evaluate('file.name != this.file.name', album, { self: artist })).toBe(true);
    expect(evaluate('this.file.hasLink(loc)', album, { self: artist })).toBe(true);
    expect(evaluate('list(loc).containsAny(this.related)', album, { self: artist })).toBe(true);
    expect(displayValue(evaluate('this["formed-in"]', album, { self: artist }))).toBe('1985-01-01');
    expect(evaluate('file.links.contains(this.file)', album, { self: artist })).toBe(true);
  });

  it('is null without a note showing the block, so filters on it keep nothing', () => {
    expect([
      evaluate('this', album),
      evaluate('this.file.name', album),
      evaluate('this.related', album),
      evaluate('this.file.hasTag("x")', album),
    ]).toEqual([null, null, null, null]);
    expect(evaluate('file.hasLink(this)', album)).toBe(false);
  });

  it('lets a bare file stand for a link to the item itself', () => {
    const home = selfNote({ path: 'Home.md', links: [{ field: 'related', target: 'Albums/OK Computer' }] });
    expect(evaluate('this.file.hasLink(file)', album, { self: home })).toBe(true);
    expect(evaluate('this.file.hasLink(file)', other, { self: home })).toBe(false);
  });
});

describe('property errors', () => {
  it.each([
    [
      'file.nmae',
      '6: unknown file property "file.nmae" (known: file.name, file.basename, file.path, file.folder, file.ext, file.tags, file.links, file.properties, file.file, file.ctime, file.mtime, file.size, file.backlinks, file.embeds)',
    ],
    ['formula.Age > 3', '1: unknown formula "formula.Age": this block has no formulas section'],
    ['note', '1: "note" needs a property, as in note.status or note["last-run"]'],
    ['this[2]', '6: this[…] takes a quoted property name'],
    ['this.file.cmtime', '11: unknown file property "file.cmtime"'],
    ['this.file.hasTags("x")', '11: unknown function "file.hasTags"'],
    ['note[1]', '6: note[…] takes a quoted property name'],
  ])('reports %j', (source, expected) => {
    expect(expressionError(source)).toContain(expected);
  });
});
