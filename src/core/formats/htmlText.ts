/** The named character references bookmark exporters write (Firefox, Linkding's html.escape, Pinboard). */
const NAMED: ReadonlyMap<string, string> = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
  ['nbsp', '\u00a0'],
]);

/**
 * Decodes character references: numeric ones (`&#39;`, `&#x27;`) and the few named ones bookmark
 * exporters write; anything else is left as written.
 * @example decodeEntities('Tom &amp; Jerry &#8212; &copy;') // 'Tom & Jerry — &copy;'
 */
export function decodeEntities(text: string): string {
  let amp = text.indexOf('&');
  if (amp < 0) return text;
  let out = '';
  let from = 0;
  while (amp >= 0) {
    // The `;` within 12 characters of the `&` (a scan: no reference is longer).
    const limit = Math.min(text.length, amp + 13);
    let semi = amp + 2;
    while (semi < limit && text.charCodeAt(semi) !== 59 /* ; */) semi++;
    const decoded = semi < limit ? referenceAt(text, amp + 1, semi) : undefined;
    if (decoded !== undefined) {
      out += text.slice(from, amp) + decoded;
      from = semi + 1;
      amp = text.indexOf('&', from);
    } else amp = text.indexOf('&', amp + 1);
  }
  return out + text.slice(from);
}

/** The character the reference named by `text.slice(start, end)` (between `&` and `;`) stands for, if it is one we decode. */
function referenceAt(text: string, start: number, end: number): string | undefined {
  const c = text.charCodeAt(start);
  if (c !== 35 /* # */) {
    // The references exporters write, read in place; any other spelling (`&AMP;`, `&nbsp;`) by name.
    const length = end - start;
    if (length === 3 && c === 97 && text.charCodeAt(start + 1) === 109 && text.charCodeAt(start + 2) === 112)
      return '&';
    if (length === 2 && text.charCodeAt(start + 1) === 116) {
      if (c === 108) return '<';
      if (c === 103) return '>';
    }
    if (length === 4 && c === 113 && text.startsWith('quot', start)) return '"';
    return NAMED.get(text.slice(start, end).toLowerCase());
  }
  const hex = text.charCodeAt(start + 1) === 120 || text.charCodeAt(start + 1) === 88; /* x X */
  const from = hex ? start + 2 : start + 1;
  // 1 to 6 hexadecimal or 1 to 7 decimal digits, nothing else.
  if (end === from || end - from > (hex ? 6 : 7)) return undefined;
  let code = 0;
  for (let i = from; i < end; i++) {
    const d = digitValue(text.charCodeAt(i), hex);
    if (d < 0) return undefined;
    code = code * (hex ? 16 : 10) + d;
  }
  return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : undefined;
}

/** A digit's value (0–9, and a–f in either case when `hex`), else -1. */
function digitValue(c: number, hex: boolean): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (!hex) return -1;
  const l = c | 32;
  return l >= 97 && l <= 102 ? l - 87 : -1;
}

/**
 * Escapes text and attribute values as Firefox does: `& < > " '`.
 * @example escapeHtml(`Tom & "Jerry"`) // 'Tom &amp; &quot;Jerry&quot;'
 */
export function escapeHtml(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const escaped =
      c === 38 ? '&amp;' : c === 60 ? '&lt;' : c === 62 ? '&gt;' : c === 34 ? '&quot;' : c === 39 ? '&#39;' : undefined;
    if (escaped === undefined) continue;
    out += text.slice(from, i) + escaped;
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}
