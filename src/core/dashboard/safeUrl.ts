/**
 * The URL when it is an absolute http or https URL (the only kind that may become a link), else null.
 * Whitespace and control characters anywhere make it unsafe, so `java\nscript:` tricks cannot pass.
 * @example safeHttpUrl('javascript:alert(1)') // null
 */
export function safeHttpUrl(url: unknown): string | null {
  if (typeof url !== 'string') return null;
  const text = url.trim();
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code <= 0x20 || code === 0x7f) return null;
  }
  return /^https?:\/\/[^/?#\\]+/i.test(text) ? text : null;
}

/**
 * The host name of an http(s) URL, without `www.`; `''` when there is none.
 * @example siteOf('https://www.example.com/a') // 'example.com'
 */
export function siteOf(url: string): string {
  const m = /^https?:\/\/(?:[^@/?#]*@)?([^/?#:]+)/i.exec(url.trim());
  return m ? m[1].toLowerCase().replace(/^www\./, '') : '';
}
