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
  return TEXT_SPECIAL.test(text) ? text.replace(TEXT_SPECIALS, escapeOne) : text;
}

// eslint-disable-next-line no-control-regex -- the characters TEXT escapes or may not hold.
const TEXT_SPECIAL = /[\\;,\u0000-\u0008\u000a-\u001f\u007f]/;
// eslint-disable-next-line no-control-regex -- the same, with CRLF as one newline.
const TEXT_SPECIALS = /\r\n|[\\;,\u0000-\u0008\u000a-\u001f\u007f]/g;

function escapeOne(c: string): string {
  if (c === '\\' || c === ';' || c === ',') return `\\${c}`;
  return c === '\r\n' || c === '\n' || c === '\r' ? '\\n' : '';
}

// eslint-disable-next-line no-control-regex -- any character outside ASCII (NUL takes the careful path too).
const NON_ASCII = /[^\u0001-\u007f]/;

/** UTF-8 octets of one UTF-16 unit outside a surrogate pair (a lone surrogate is written as U+FFFD: 3). */
function octetsOf(unit: number): number {
  return unit < 0x80 ? 1 : unit < 0x800 ? 2 : 3;
}

/**
 * One content line folded to at most 75 octets per physical line (RFC 5545 §3.1): each
 * continuation starts with a space, which counts toward its 75. Octets are counted in UTF-8 and a
 * fold never splits a character's bytes (nor a surrogate pair). Lines end with CRLF.
 * @example foldIcsLine('SUMMARY:' + 'x'.repeat(80)).split('\r\n')[1] // ' xxxxxxxxxxxxx'
 */
export function foldIcsLine(line: string): string {
  const physical: string[] = [];
  pushFolded(physical, line);
  return physical.join(CRLF) + CRLF;
}

/**
 * Appends the physical lines of one content line, folded as {@link foldIcsLine} does, to `out`
 * (without line breaks): a calendar is built as one list of lines joined once, which keeps a
 * 5,000-task export within 3× of JSON.stringify (bench `ics`).
 */
export function pushFolded(out: string[], line: string): void {
  // Fast paths: at most 3 octets per UTF-16 unit, so a short line cannot be too long; ASCII is one octet a unit.
  if (line.length * 3 <= MAX_LINE_OCTETS) {
    out.push(line);
    return;
  }
  if (!NON_ASCII.test(line)) {
    out.push(line.slice(0, MAX_LINE_OCTETS));
    for (let i = MAX_LINE_OCTETS; i < line.length; i += MAX_LINE_OCTETS - 1)
      out.push(' ' + line.slice(i, i + MAX_LINE_OCTETS - 1));
    return;
  }
  let start = 0;
  let octets = 0;
  let limit = MAX_LINE_OCTETS;
  let lead = '';
  for (let i = 0; i < line.length;) {
    const unit = line.charCodeAt(i);
    // A high surrogate starts a pair: one 4-octet character in two units.
    const pair = unit >= 0xd800 && unit <= 0xdbff && i + 1 < line.length;
    const size = pair ? 4 : octetsOf(unit);
    if (octets + size > limit) {
      out.push(lead + line.slice(start, i));
      lead = ' ';
      start = i;
      octets = 0;
      limit = MAX_LINE_OCTETS - 1;
    }
    octets += size;
    i += pair ? 2 : 1;
  }
  out.push(lead + line.slice(start));
}

/** Whether a text is ASCII without NUL (test a flat piece, not a joined line: a test flattens its string). */
export function isAsciiText(text: string): boolean {
  return !NON_ASCII.test(text);
}

/**
 * {@link pushFolded} for a line whose caller knows whether it is ASCII (`ascii`, from its flat
 * pieces): a line of at most 75 units then goes in as it is, without flattening it to test it.
 */
export function pushLine(out: string[], line: string, ascii: boolean): void {
  if (line.length <= MAX_LINE_OCTETS && (ascii || line.length * 3 <= MAX_LINE_OCTETS)) out.push(line);
  else pushFolded(out, line);
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

/**
 * DTSTAMP's form of a UTC moment given as `Date.toISOString()` writes it (the host reads the clock).
 * @example icsUtcStamp('2026-12-03T06:53:00.000Z') // '20261203T065300Z'
 */
export function icsUtcStamp(iso: string): string {
  return `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}T${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z`;
}

/**
 * Whether two calendars say the same apart from their DTSTAMPs (the moment of writing): a generated
 * file is rewritten only when this is false.
 */
export function sameIcsContent(a: string, b: string): boolean {
  const strip = (text: string): string => text.replace(/\r\nDTSTAMP:[^\r\n]*/g, '');
  return a.length === b.length && strip(a) === strip(b);
}
