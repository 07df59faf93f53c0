/**
 * Query parameters that track a click rather than name a page: dropped from a URL's identity.
 * `utm_*` is matched as a prefix.
 */
export const TRACKING_PARAMETERS: ReadonlySet<string> = new Set([
  'fbclid',
  'gclid',
  'gclsrc',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'twclid',
  'igshid',
  'mc_cid',
  'mc_eid',
  '_ga',
  '_gl',
  '_hsenc',
  '_hsmi',
  'mkt_tok',
  'oly_anon_id',
  'oly_enc_id',
  'vero_id',
  'ref_src',
]);

/**
 * The identity of a bookmark's URL, so the same page saved twice is found once: http and https
 * count as one (written `https:`), the host in lower case without a trailing dot, no default port
 * (80, 443), no trailing `/` on the path, percent escapes in upper case, tracking parameters
 * (`utm_*`, `fbclid`, `gclid`, … {@link TRACKING_PARAMETERS}) dropped and the rest sorted by name,
 * and the fragment dropped unless it is a route (`#/…`, `#!…`). A key to compare, not a URL to
 * open; undefined for anything but an http(s) URL.
 * @example normalizeUrl('HTTP://Example.COM:80/a/?utm_source=x&b=2&a=1#top') // 'https://example.com/a?a=1&b=2'
 */
export function normalizeUrl(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return undefined;
  }
  if ((parsed.protocol !== 'http:' && parsed.protocol !== 'https:') || parsed.hostname === '') return undefined;
  const host = parsed.hostname.replace(/\.$/, '');
  const port = parsed.port === '' || parsed.port === '80' || parsed.port === '443' ? '' : `:${parsed.port}`;
  const path = upperEscapes(parsed.pathname).replace(/\/+$/, '');
  const params = parsed.search
    .slice(1)
    .split('&')
    .filter((p) => p !== '' && !isTracking(p.split('=')[0]))
    .map(upperEscapes)
    .map((p, i) => ({ p, name: p.split('=')[0], i }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.i - b.i))
    .map((x) => x.p);
  const query = params.length === 0 ? '' : `?${params.join('&')}`;
  const hash = /^#[/!]/.test(parsed.hash) ? upperEscapes(parsed.hash) : '';
  return `https://${host}${port}${path}${query}${hash}`;
}

function isTracking(name: string): boolean {
  const key = safeDecode(name).toLowerCase();
  return key.startsWith('utm_') || TRACKING_PARAMETERS.has(key);
}

function upperEscapes(text: string): string {
  return text.replace(/%[0-9a-f]{2}/gi, (e) => e.toUpperCase());
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

/**
 * The URL with its tracking parameters (those {@link normalizeUrl} drops) removed and nothing else
 * changed: what an import writes into a note. Anything that is not an http(s) URL is returned as is.
 * @example withoutTracking('https://x.org/a/?utm_source=hn&id=3') // 'https://x.org/a/?id=3'
 */
export function withoutTracking(url: string): string {
  const q = url.indexOf('?');
  if (q < 0) return url;
  const hash = url.indexOf('#', q);
  const query = url.slice(q + 1, hash < 0 ? undefined : hash);
  const params = query.split('&');
  if (!params.some((p) => isTracking(p.split('=')[0]))) return url;
  const kept = params.filter((p) => p !== '' && !isTracking(p.split('=')[0]));
  return `${url.slice(0, q)}${kept.length > 0 ? `?${kept.join('&')}` : ''}${hash < 0 ? '' : url.slice(hash)}`;
}
