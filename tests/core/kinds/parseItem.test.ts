import { describe, expect, it } from '@jest/globals';
import { parseItem } from '../../../src/core/kinds/parseItem';
import { aBookmark, aKind, aNote, aService, aTask, userKindsOf } from '../../builders/itemBuilders';
import { yamlNote } from '../../builders/markdownNote';

describe('parseItem: what is an item', () => {
  it('treats a note without a stack key as not an item, without problems', () => {
    expect(parseItem({ path: 'a.md', frontmatter: { title: 'x', tags: ['y'] } }, new Map())).toEqual({
      item: null,
      problems: [],
    });
    expect(parseItem({ path: 'a.md', frontmatter: null }, new Map())).toEqual({ item: null, problems: [] });
    expect(parseItem({ path: 'a.md', frontmatter: undefined }, new Map())).toEqual({ item: null, problems: [] });
  });

  it('matches kind names case-insensitively and stores them lowercase', () => {
    const item = aNote(' Task ').item();
    expect(item.kind).toBe('task');
    expect(item.group).toBe('workflow');
  });

  it('reports an unknown kind on the stack field, naming the kinds and how to declare one', () => {
    const { item, problems } = aNote('recipe').parse();
    expect(item).toBeNull();
    expect(problems).toHaveLength(1);
    expect(problems[0]?.field).toBe('stack');
    expect(problems[0]?.message).toContain('"recipe" is not a known kind');
    expect(problems[0]?.message).toContain('bookmark, habit, task, service, backup, secret, domain, device, kind');
    expect(problems[0]?.message).toContain('"stack: kind" and "name: recipe"');
  });

  it('lists the user kinds too when the kind is unknown', () => {
    const recipe = aKind('recipe').item<'kind'>();
    const { problems } = aNote('recipes').parse(userKindsOf(recipe));
    expect(problems[0]?.message).toContain('yours: recipe');
  });

  it.each([[null], [42], [['task']], [{ kind: 'task' }], ['']])(
    'reports a stack value that is not a kind name: %p',
    (stack) => {
      const { item, problems } = aNote(stack).parse();
      expect(item).toBeNull();
      expect(problems.map((p) => [p.field, p.severity])).toEqual([['stack', 'error']]);
      expect(problems[0]?.message).toMatch(/is not a kind name/);
    },
  );
});

describe('parseItem: common fields', () => {
  it('defaults the title to the file name without .md', () => {
    expect(aTask().at('Projects/Home/Fix the sink.md').item().title).toBe('Fix the sink');
    expect(aTask().with('title', 'Sink').item().title).toBe('Sink');
    expect(aTask().with('title', 1984).item().title).toBe('1984');
  });

  it('reads tags from a list or a single string and strips a leading #', () => {
    expect(aTask().with('tags', ['#home', 'admin', 2026, 'admin']).item().tags).toEqual(['home', 'admin', '2026']);
    expect(aTask().with('tags', '#home, #admin').item().tags).toEqual(['home', 'admin']);
  });

  it('reports a tag that is not text on its index', () => {
    const { item, problems } = aTask()
      .with('tags', ['ok', { a: 1 }])
      .parse();
    expect(item?.tags).toEqual(['ok']);
    expect(problems.map((p) => p.field)).toEqual(['tags[1]']);
  });

  it('reads created as a date and rejects a number with a message', () => {
    expect(aTask().with('created', '2026-01-02').item().created).toBe('2026-01-02');
    const { item, problems } = aTask().with('created', 20260102).parse();
    expect(item?.created).toBeUndefined();
    expect(problems[0]).toMatchObject({
      field: 'created',
      message: '20260102 is not a date or datetime (expected YYYY-MM-DD or YYYY-MM-DDTHH:mm)',
      severity: 'error',
    });
  });

  it('sets the problem line from the lines the host gives', () => {
    const { problems } = aTask().with('due', '2026-13-45').lines({ due: 7 }).parse();
    expect(problems[0]).toMatchObject({ field: 'due', line: 7 });
  });
});

describe('parseItem: through the real YAML parser', () => {
  it('reads a note as Obsidian writes it, with problem lines from the file', () => {
    const note = yamlNote(
      'Read/Article.md',
      'stack: bookmark\nurl: https://example.com/a\nadded: 2026-11-01\nrating: 4\nread: 2026-11-31\ntags: [reading, "#web"]',
    );
    const { item, problems } = parseItem(note, new Map());
    expect(item?.data).toEqual({
      type: 'bookmark',
      url: 'https://example.com/a',
      status: 'inbox',
      added: '2026-11-01',
      rating: 4,
    });
    expect(item?.tags).toEqual(['reading', 'web']);
    expect(problems).toEqual([
      {
        path: 'Read/Article.md',
        field: 'read',
        message: '"2026-11-31" has the shape of a date but is not a day in November 2026 (it has 30 days)',
        severity: 'error',
        line: 6,
      },
    ]);
  });

  it('puts a bad user-kind field declaration on the line of fields', () => {
    const { problems } = parseItem(
      yamlNote('Kinds/gear.md', 'stack: kind\nname: gear\nfields:\n  weight: kilos'),
      new Map(),
    );
    expect(problems.map((p) => [p.field, p.line])).toEqual([['fields.weight', 4]]);
  });
});

describe('parseItem: links', () => {
  it('collects every wikilink of every field, without alias or heading, in field order', () => {
    const item = aTask()
      .with('depends', ['[[Buy parts|parts]]', '[[Call plumber#Number]]'])
      .with('project', '[[Home]]')
      .with('notes', 'see [[Manual]] and [[Warranty]]')
      .with('mine', { nested: ['[[Deep]]'] })
      .item();
    expect(item.links).toEqual([
      { field: 'depends', target: 'Buy parts' },
      { field: 'depends', target: 'Call plumber' },
      { field: 'project', target: 'Home' },
      { field: 'notes', target: 'Manual' },
      { field: 'notes', target: 'Warranty' },
      { field: 'mine', target: 'Deep' },
    ]);
  });

  it('accepts an unquoted [[link]] (a nested list after real YAML) with a warning to quote it', () => {
    const { item, problems } = parseItem(
      yamlNote(
        'Infra/Nextcloud.md',
        'stack: service\nhost: [[NAS]]\nsecrets:\n  - [[DB password]]\n  - "[[Admin token]]"',
      ),
      new Map(),
    );
    expect(item?.data).toMatchObject({ host: 'NAS', secrets: ['DB password', 'Admin token'] });
    expect(item?.links).toEqual([
      { field: 'host', target: 'NAS' },
      { field: 'secrets', target: 'DB password' },
      { field: 'secrets', target: 'Admin token' },
    ]);
    expect(problems.map((p) => [p.field, p.severity, p.line])).toEqual([
      ['host', 'warning', 3],
      ['secrets', 'warning', 4],
    ]);
    expect(problems[0]?.message).toContain('write it in quotes');
  });

  it('rejects plain text in a link field', () => {
    const { item, problems } = aService().with('host', 'nas01').parse();
    expect(item?.data).not.toHaveProperty('host');
    expect(problems[0]).toMatchObject({
      field: 'host',
      message: '"nas01" is not a link (write it as "[[nas01]]")',
      severity: 'error',
    });
  });

  it('lets a task project be plain text or a link', () => {
    expect(aTask().with('project', 'Home reno').item<'task'>().data.project).toEqual({ text: 'Home reno' });
    expect(aTask().with('project', '[[Home reno]]').item<'task'>().data.project).toEqual({
      link: 'Home reno',
      text: 'Home reno',
    });
  });
});

describe('parseItem: unknown fields', () => {
  it('allows unknown fields without problems', () => {
    expect(aBookmark().with('author', 'Ada').with('my-own-score', 3).parse().problems).toEqual([]);
  });

  it.each([
    ['last_run', 'last-run'],
    ['lastrun', 'last-run'],
    ['lastRun', 'last-run'],
    ['last-rn', 'last-run'],
    ['covres', 'covers'],
  ])('warns that %p is probably %p on a backup', (typo, meant) => {
    const { item, problems } = aNote('backup')
      .with('tool', 'restic')
      .with('every', 'day')
      .with(typo, '2026-11-27T03:00')
      .parse();
    expect(item).not.toBeNull();
    expect(problems).toEqual([
      expect.objectContaining({ field: typo, message: `unknown field; did you mean "${meant}"?`, severity: 'warning' }),
    ]);
  });

  it('does not suggest a short field for an unrelated short name', () => {
    expect(aNote('device').with('ip', '10.0.0.2').parse().problems).toEqual([]);
  });

  it('suggests common fields such as tags', () => {
    expect(aTask().with('tgas', ['a']).parse().problems[0]?.message).toBe('unknown field; did you mean "tags"?');
  });
});
