import { afterEach, describe, expect, test } from '@jest/globals';
import {
  normalizePath,
  parseFrontMatterTags,
  getAllTags,
  requestUrl,
  SecretStorage,
  stringifyYaml,
  parseYaml,
} from 'obsidian';
import { createTestApp, requestLog, setRequestHandler } from '../host/testing';

afterEach(() => setRequestHandler(null));

describe('requestUrl', () => {
  test('without a handler it rejects with a clear error (there is no network)', async () => {
    await expect(requestUrl('https://example.com')).rejects.toMatchObject({ code: 'NO_REQUEST_HANDLER' });
  });

  test('a handler answers with status, text and json; 4xx throws unless throw is false', async () => {
    setRequestHandler((req) => (req.url.endsWith('/ok') ? { json: { up: true } } : { status: 404, text: 'gone' }));
    requestLog(true);

    const ok = await requestUrl({ url: 'https://h/ok' });
    const json = (await requestUrl('https://h/ok').json) as unknown;
    const soft = await requestUrl({ url: 'https://h/missing', throw: false });

    expect([ok.status, ok.json]).toEqual([200, { up: true }]);
    expect(json).toEqual({ up: true });
    expect([soft.status, soft.text]).toEqual([404, 'gone']);
    await expect(requestUrl('https://h/missing')).rejects.toMatchObject({ status: 404 });
    expect(requestLog().map((r) => r.url)).toEqual([
      'https://h/ok',
      'https://h/ok',
      'https://h/missing',
      'https://h/missing',
    ]);
  });
});

describe('SecretStorage', () => {
  test('stores secrets under lowercase dashed ids and rejects other ids', () => {
    const store = new SecretStorage();

    store.setSecret('git-token-2', 's3cret');

    expect(store.getSecret('git-token-2')).toBe('s3cret');
    expect(store.getSecret('missing')).toBeNull();
    expect(store.listSecrets()).toEqual(['git-token-2']);
    expect(() => store.setSecret('Git Token', 'x')).toThrow(/Invalid secret id/);
    expect(() => store.setSecret('-lead', 'x')).toThrow();
  });

  test('each App has its own secret storage', () => {
    const a = createTestApp();
    const b = createTestApp();

    a.secretStorage.setSecret('k', 'v');

    expect(b.secretStorage.getSecret('k')).toBeNull();
  });
});

describe('Utilities', () => {
  test('normalizePath cleans slashes and spaces like Obsidian', () => {
    expect(normalizePath('/a//b\\c/')).toBe('a/b/c');
    expect(normalizePath('')).toBe('/');
    expect(normalizePath('a\u00a0b')).toBe('a b');
  });

  test('parseYaml keeps dates as strings and stringifyYaml writes block style', () => {
    expect(parseYaml('d: 2024-01-02\nl: [a, b]')).toEqual({ d: '2024-01-02', l: ['a', 'b'] });
    expect(stringifyYaml({ l: ['a'], n: null })).toBe('l:\n  - a\nn:\n');
  });

  test('tags from frontmatter and body are combined with #', () => {
    expect(parseFrontMatterTags({ tags: ['a', '#b'] })).toEqual(['#a', '#b']);
    expect(parseFrontMatterTags({ tags: 'x, y' })).toEqual(['#x', '#y']);
    expect(
      getAllTags({
        frontmatter: { tag: 'fm' },
        tags: [
          { tag: '#body', position: { start: { line: 0, col: 0, offset: 0 }, end: { line: 0, col: 5, offset: 5 } } },
        ],
      }),
    ).toEqual(['#fm', '#body']);
  });
});
