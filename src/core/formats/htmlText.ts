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
    const semi = text.indexOf(';', amp + 2);
    const decoded = semi < 0 || semi - amp > 12 ? undefined : decodeReference(text.slice(amp + 1, semi));
    if (decoded !== undefined) {
      out += text.slice(from, amp) + decoded;
      from = semi + 1;
      amp = text.indexOf('&', from);
    } else amp = text.indexOf('&', amp + 1);
  }
  return out + text.slice(from);
}

/** The character a reference's name (between `&` and `;`) stands for, if it is one we decode. */
function decodeReference(ref: string): string | undefined {
  if (ref.charCodeAt(0) !== 35 /* # */) {
    switch (ref) {
      case 'amp':
        return '&';
      case 'lt':
        return '<';
      case 'gt':
        return '>';
      case 'quot':
        return '"';
      default:
        return NAMED.get(ref.toLowerCase());
    }
  }
  const hex = ref[1] === 'x' || ref[1] === 'X';
  const digits = ref.slice(hex ? 2 : 1);
  if (!(hex ? /^[0-9a-fA-F]{1,6}$/ : /^[0-9]{1,7}$/).test(digits)) return undefined;
  const code = parseInt(digits, hex ? 16 : 10);
  return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : undefined;
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
