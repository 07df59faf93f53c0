import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { normalizeUrl, withoutTracking } from '../../../src/core/formats/normalizeUrl';

describe('normalizeUrl', () => {
  it.each([
    ['HTTP://Example.COM:80/a/?utm_source=x&b=2&a=1#top', 'https://example.com/a?a=1&b=2'],
    ['https://example.com', 'https://example.com'],
    ['https://example.com/', 'https://example.com'],
    ['http://example.com:443/', 'https://example.com'],
    ['https://example.com:8443/p%7e?q=%2f', 'https://example.com:8443/p%7E?q=%2F'],
    ['https://example.com./a//', 'https://example.com/a'],
    ['https://example.com/?', 'https://example.com'],
    ['https://example.com/?fbclid=abc&gclid=1&UTM_Campaign=z&mc_eid=3', 'https://example.com'],
    ['https://example.com/?b=1&a=2&a=1', 'https://example.com?a=2&a=1&b=1'],
    ['https://example.com/app#/settings/profile', 'https://example.com/app#/settings/profile'],
    ['https://example.com/app#!/inbox', 'https://example.com/app#!/inbox'],
    ['https://example.com/doc#section-2', 'https://example.com/doc'],
    ['https://example.com/doc#:~:text=hello', 'https://example.com/doc'],
    ['  https://example.com/x  ', 'https://example.com/x'],
    ['https://BÜCHER.de/Straße', 'https://xn--bcher-kva.de/Stra%C3%9Fe'],
  ])('%s is %s', (url, identity) => {
    expect(normalizeUrl(url)).toBe(identity);
  });

  it('keeps what names a different page: path case, other parameters, other ports', () => {
    expect(normalizeUrl('https://example.com/A')).not.toBe(normalizeUrl('https://example.com/a'));
    expect(normalizeUrl('https://example.com/?id=1')).not.toBe(normalizeUrl('https://example.com/?id=2'));
    expect(normalizeUrl('https://example.com:8080/')).not.toBe(normalizeUrl('https://example.com/'));
    expect(normalizeUrl('https://example.com/?ref=x')).toBe('https://example.com?ref=x');
  });

  it('has no identity for anything but an http(s) URL', () => {
    for (const url of ['ftp://example.com/', 'javascript:alert(1)', 'not a url', '', 'https://']) {
      expect(normalizeUrl(url)).toBeUndefined();
    }
  });

  it('is idempotent: a normalized URL normalizes to itself', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (url) => {
        const once = normalizeUrl(url);
        if (once !== undefined) expect(normalizeUrl(once)).toBe(once);
      }),
      { numRuns: 500 },
    );
  });

  it('removes only tracking parameters for what a note keeps', () => {
    expect(withoutTracking('https://X.org/a/?utm_source=hn&id=3&fbclid=z#top')).toBe('https://X.org/a/?id=3#top');
    expect(withoutTracking('https://x.org/?utm_medium=rss')).toBe('https://x.org/');
    expect(withoutTracking('https://x.org/path')).toBe('https://x.org/path');
  });
});
