import { describe, expect, it } from '@jest/globals';
import { safeHttpUrl, siteOf } from '../../../src/core/dashboard/safeUrl';

describe('safeHttpUrl', () => {
  it.each(['https://example.com', 'http://example.com/a?b=1#c', 'HTTPS://EXAMPLE.COM/x'])('keeps %s', (url) => {
    expect(safeHttpUrl(url)).toBe(url);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\nscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'vbscript:msgbox',
    '//example.com',
    'https://',
    'https:/example.com',
    'https://exa mple.com',
    'https://a.com/\u0000',
    'obsidian://open?vault=x',
    '/relative/path',
  ])('refuses %j', (url) => {
    expect(safeHttpUrl(url)).toBeNull();
  });

  it('refuses values that are not text', () => {
    expect([42, null, undefined, ['https://a.com'], { href: 'https://a.com' }].map(safeHttpUrl)).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it('names the site without www and credentials', () => {
    expect(siteOf('https://user:pw@www.Example.com:8080/path')).toBe('example.com');
    expect(siteOf('javascript:alert(1)')).toBe('');
  });
});
