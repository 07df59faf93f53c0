/** The line break iCalendar requires between content lines (RFC 5545 §3.1). */
export const CRLF = '\r\n';

/** The longest content line in octets, without its line break (RFC 5545 §3.1: SHOULD NOT be longer). */
export const MAX_LINE_OCTETS = 75;

/**
 * A TEXT value escaped (RFC 5545 §3.3.11): `\` `;` `,` get a backslash, every newline becomes `\n`,
 * and other control characters (which TEXT may not hold) are dropped. A colon stays as it is.
 * @example escapeIcsText('Renew a.com, b; c\\d\nnext') // 'Renew a.com\\, b\\; c\\\\d\\nnext'
 */
export function escapeIcsText(text: string): string {
  return (
    text
      .replace(/[\\;,]/g, (c) => `\\${c}`)
      .replace(/\r\n|\r|\n/g, '\\n')
      // eslint-disable-next-line no-control-regex -- TEXT forbids control characters except HTAB.
      .replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, '')
  );
}

/** UTF-8 octets of one code point. */
function octetsOf(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * One content line folded to at most 75 octets per physical line (RFC 5545 §3.1): each
 * continuation starts with a space, which counts toward its 75. Octets are counted in UTF-8 and a
 * fold never splits a character's bytes (nor a surrogate pair). Lines end with CRLF.
 * @example foldIcsLine('SUMMARY:' + 'x'.repeat(80)).split('\r\n')[1] // ' xxxxxxxxxxxxx'
 */
export function foldIcsLine(line: string): string {
  // Fast path: at most 3 octets per UTF-16 unit, so a short line cannot be too long.
  if (line.length * 3 <= MAX_LINE_OCTETS) return line + CRLF;
  let out = '';
  let start = 0;
  let octets = 0;
  let limit = MAX_LINE_OCTETS;
  for (let i = 0; i < line.length;) {
    const cp = line.codePointAt(i) ?? 0;
    const units = cp > 0xffff ? 2 : 1;
    const size = octetsOf(cp);
    if (octets + size > limit) {
      out += line.slice(start, i) + CRLF + ' ';
      start = i;
      octets = 0;
      limit = MAX_LINE_OCTETS - 1;
    }
    octets += size;
    i += units;
  }
  return out + line.slice(start) + CRLF;
}

/**
 * A calendar date or local datetime in iCalendar's basic form: `2026-12-01` → `20261201`,
 * `2026-12-01T14:30` → `20261201T143000` (a floating local time, as our datetimes are).
 * @example icsDateValue('2026-12-01T14:30') // '20261201T143000'
 */
export function icsDateValue(value: string): string {
  const date = value.slice(0, 4) + value.slice(5, 7) + value.slice(8, 10);
  return value.length > 10 ? `${date}T${value.slice(11, 13)}${value.slice(14, 16)}00` : date;
}

/**
 * A date property: `DTSTART;VALUE=DATE:20261201` for a date, `DTSTART:20261201T143000` for a datetime.
 * @example dateProperty('DUE', '2026-12-05') // 'DUE;VALUE=DATE:20261205'
 */
export function dateProperty(name: string, value: string): string {
  return value.length > 10 ? `${name}:${icsDateValue(value)}` : `${name};VALUE=DATE:${icsDateValue(value)}`;
}
