import { describe, expect, test } from '@jest/globals';
import { attention } from '../../../src/core/attention/attention';
import { ItemIndex } from '../../../src/core/index/ItemIndex';
import { noteReadOf, readNote } from '../../../src/core/notes/readNote';
import { KIND_LIBRARY, libraryKind, libraryKindNote, libraryKindPath } from '../../../src/core/library/kindLibrary';
import { buildOverview } from '../../../src/core/overview/buildOverview';
import { runQuery } from '../../../src/core/query/runQuery';
import { parseQuery } from '../../../src/core/query/parseQuery';

/** One item of each library kind, every field filled. */
const SAMPLES: Record<string, Record<string, unknown>> = {
  project: {
    repo: 'https://git.example.org/ana/tool',
    'dev-env': 'nix-flake',
    'dev-config': 'flake.nix',
    ci: 'https://ci.example.org/ana/tool',
    status: 'active',
  },
  dotfiles: {
    repo: 'https://git.example.org/ana/dotfiles',
    manager: 'chezmoi',
    devices: ['[[laptop]]'],
    applied: '2026-11-01',
  },
  subscription: {
    cost: 4.2,
    cycle: 'monthly',
    renews: '2026-12-01',
    url: 'https://example.org/billing',
    service: '[[laptop]]',
  },
  'media-archive': { tool: 'beets', location: '/srv/music', 'last-import': '2026-10-10', backup: '[[laptop]]' },
  site: {
    generator: 'zola',
    repo: 'https://git.example.org/ana/site',
    deploy: 'rsync to the VPS',
    url: 'https://ana.example.org',
    domain: '[[laptop]]',
  },
};

function libraryIndex(): ItemIndex {
  const index = new ItemIndex();
  index.upsert('laptop.md', noteReadOf({ stack: 'device' }));
  for (const kind of KIND_LIBRARY) {
    index.upsert(libraryKindPath(kind), readNote(libraryKindPath(kind), libraryKindNote(kind)));
    index.upsert(`Things/A ${kind.name}.md`, noteReadOf({ stack: kind.name, ...SAMPLES[kind.name] }));
  }
  return index;
}

describe('the library of kinds', () => {
  test('every declaration reads cleanly, and an item of each kind with every field has no problems', () => {
    const index = libraryIndex();

    expect(index.problems()).toEqual([]);
    expect([...index.userKinds().keys()].sort()).toEqual([
      'dotfiles',
      'media-archive',
      'project',
      'site',
      'subscription',
    ]);
    for (const kind of KIND_LIBRARY) expect(index.get(`Things/A ${kind.name}.md`)?.group).toBe(kind.group);
  });

  test('required fields are enforced by the ordinary user-kind machinery', () => {
    const index = libraryIndex();
    index.upsert('Things/No repo.md', noteReadOf({ stack: 'project' }));

    expect(index.problems().map((p) => [p.path, p.field])).toEqual([['Things/No repo.md', 'repo']]);
  });

  test('a subscription renewing within the next 7 days is in the attention queue; one renewing later, today or before is not', () => {
    const index = libraryIndex();
    index.upsert('Things/Later.md', noteReadOf({ stack: 'subscription', cost: 9, renews: '2026-12-20' }));
    index.upsert('Things/Today.md', noteReadOf({ stack: 'subscription', cost: 9, renews: '2026-11-28' }));
    index.upsert('Things/Past.md', noteReadOf({ stack: 'subscription', cost: 9, renews: '2026-11-27' }));

    const entries = attention(index, { today: '2026-11-28', now: '2026-11-28T09:00' }).filter(
      (e) => e.kind === 'subscription',
    );

    expect(entries.map((e) => [e.title, e.reason, e.severity, e.field])).toEqual([
      ['A subscription', 'renews in 3 days', 'info', 'renews'],
    ]);
  });

  test('library kinds work in queries and in the overview', () => {
    const index = libraryIndex();
    const query = parseQuery('kind: site\nfilters: generator == "zola"');
    if (!query.ok) throw new Error(query.errors.map((e) => e.message).join('\n'));

    const result = runQuery(query.query, index.items(), { today: '2026-11-28', now: '2026-11-28T09:00' });

    expect(JSON.stringify(result)).toContain('Things/A site.md');
    expect(buildOverview(index, { today: '2026-11-28', now: '2026-11-28T09:00' })).toContain(
      '### site (1)\n\n| site | generator | repo | deploy | url | state |',
    );
  });

  test('names are unique and found by name', () => {
    expect(new Set(KIND_LIBRARY.map((k) => k.name)).size).toBe(KIND_LIBRARY.length);
    expect(libraryKind('site')?.title).toBe('Site');
    expect(libraryKind('recipe')).toBeUndefined();
  });
});
