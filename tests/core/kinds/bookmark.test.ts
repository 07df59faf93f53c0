import { describe, expect, it } from '@jest/globals';
import { aBookmark } from '../../builders/itemBuilders';

describe('bookmark', () => {
  it('parses a full bookmark in the knowledge group', () => {
    const item = aBookmark()
      .with('status', 'Read')
      .with('added', '2026-11-01')
      .with('read', '2026-11-02')
      .with('rating', 4)
      .with('dead', '2026-11-20')
      .item<'bookmark'>();
    expect(item.group).toBe('knowledge');
    expect(item.data).toEqual({
      type: 'bookmark',
      url: 'https://example.com/article',
      status: 'read',
      added: '2026-11-01',
      read: '2026-11-02',
      rating: 4,
      dead: '2026-11-20',
    });
  });

  it('defaults the status to inbox and leaves absent fields absent', () => {
    const data = aBookmark().item<'bookmark'>().data;
    expect(data.status).toBe('inbox');
    expect(Object.keys(data).sort()).toEqual(['status', 'type', 'url']);
  });

  it('requires a url and drops the item without one', () => {
    const { item, problems } = aBookmark().without('url').parse();
    expect(item).toBeNull();
    expect(problems).toEqual([
      expect.objectContaining({ field: 'url', message: 'is required (a bookmark needs a url)', severity: 'error' }),
    ]);
  });

  it.each(['javascript:alert(1)', 'file:///etc/passwd', 'ftp://example.com/x', 'example.com', 'https://'])(
    'rejects the url %p',
    (url) => {
      const { item, problems } = aBookmark().with('url', url).parse();
      expect(item).toBeNull();
      expect(problems).toHaveLength(1);
      expect(problems[0]?.field).toBe('url');
      expect(problems[0]?.message).toContain(JSON.stringify(url));
    },
  );

  it('lists the allowed statuses when the status is wrong, and keeps the item', () => {
    const { item, problems } = aBookmark().with('status', 'later').parse();
    expect(item?.data).toMatchObject({ status: 'inbox' });
    expect(problems[0]).toMatchObject({
      field: 'status',
      message: '"later" is not one of: inbox, reading, read, archived',
    });
  });

  it.each([
    ['rating', 6],
    ['rating', 3.5],
    ['rating', '4'],
    ['added', '2026-02-30'],
    ['read', 5],
    ['dead', ['2026-01-01']],
  ])('reports a bad %s (%p) once, drops it and keeps the bookmark', (field, value) => {
    const { item, problems } = aBookmark().with(field, value).parse();
    expect(item?.data).not.toHaveProperty(field);
    expect(problems.map((p) => [p.field, p.severity])).toEqual([[field, 'error']]);
  });
});
