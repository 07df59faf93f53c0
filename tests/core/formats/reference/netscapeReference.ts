// The Netscape reader as it was before it read attributes as offsets (a Map per <A>, a slice per
// name and value, regexes for dates and references): the oracle of netscapeReader.test.ts, which
// checks the faster reader gives the same result for any input. Not used by the product.
import { fromDayNumber } from '../../../../src/core/dates/dayNumber';
import { uniqueTags, type ReadBookmarks, type SourcedBookmark } from '../../../../src/core/formats/BookmarkEntry';

const LINKDING_ARCHIVED = ['linkding:bookmarks.archived', 'linkding:archived'] as const;

const FOLDER_HEADINGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);
const LISTS = new Set(['dl', 'ul', 'menu']);

/**
 * Reads a Netscape bookmark file (browsers, Linkding, Pinboard, Raindrop): each `<A HREF>` with its
 * title, `ADD_DATE` (else `LAST_MODIFIED`) and `LAST_MODIFIED` as UTC dates (seconds; larger numbers
 * as ms, µs or ns), `TAGS` (comma-separated), `TOREAD` (`1` → inbox, `0` → read), the `<DD>`
 * description and its folder path from the `<H3>` headings around it. Linkding's archived tag, in
 * either spelling, becomes status archived. Entries that are not http(s) bookmarks (`place:`,
 * `javascript:`) are skipped with a note; bad input is a problem naming its line.
 * @example parseNetscape('<DL><p><DT><A HREF="https://x.org/" TOREAD="1">X</A>\n</DL>').bookmarks[0].status // 'inbox'
 */
export function parseNetscapeReference(html: string): ReadBookmarks {
  const out: ReadBookmarks = { bookmarks: [], skipped: [], problems: [] };
  const text = html.charCodeAt(0) === 0xfeff ? html.slice(1) : html;
  const lineOf = lineCounter(text);
  const days = new Map<number, string>();
  const folders: (string | null)[] = [];
  // The path of the open folders, rebuilt only when a list opens or closes.
  let folderPath = '';
  let pendingFolder: string | undefined;
  let mode: 'none' | 'title' | 'folder' | 'description' | 'ignore' = 'none';
  let buffer = '';
  // One map for every <A>: a bookmark is finished before the next one starts.
  const anchorAttrs = new Map<string, string>();
  let anchor: Map<string, string> | undefined;
  let anchorLine = 0;
  let last: SourcedBookmark | undefined;
  let lists = 0;

  const finish = (): void => {
    if (mode === 'title' && anchor) last = bookmarkOf(anchor, anchorLine, buffer, folderPath, out, days);
    else if (mode === 'folder') pendingFolder = decodeEntities(buffer).trim().replace(/\//g, '-');
    else if (mode === 'description' && last) {
      const decoded = decodeEntities(buffer);
      const description = (decoded.includes('\r') ? decoded.replace(/\r\n|\n\r|\r/g, '\n') : decoded).trim();
      if (description !== '') last.description = description;
    }
    mode = 'none';
    buffer = '';
    anchor = undefined;
  };

  const broke = scanHtml(text, {
    attrsFor: (name) => (name === 'a' ? anchorAttrs : undefined),
    text(start, end) {
      if (mode !== 'none' && mode !== 'ignore') buffer += text.slice(start, end);
    },
    tag(name, closing, attrs, at) {
      if (mode === 'ignore') {
        if (closing) mode = 'none';
        return;
      }
      if (name === 'br' && mode === 'description') {
        buffer += '\n';
        return;
      }
      if ((name === 'p' || name === 'hr') && mode !== 'description') return;
      if (closing && (name === 'a' || FOLDER_HEADINGS.has(name))) return finish();
      if (closing && !LISTS.has(name)) return;
      finish();
      if (LISTS.has(name)) {
        lists++;
        if (closing) folders.pop();
        else folders.push(pendingFolder ?? null);
        folderPath = folders.filter((f): f is string => f !== null && f !== '').join('/');
        pendingFolder = undefined;
        last = undefined;
      } else if (name === 'a') {
        anchor = attrs;
        anchorLine = lineOf(at);
        mode = 'title';
      } else if (FOLDER_HEADINGS.has(name)) {
        mode = 'folder';
        last = undefined;
      } else if (name === 'dd') {
        if (last) mode = 'description';
      } else if (name === 'dt') {
        last = undefined;
      } else if (name === 'title' || name === 'h1' || name === 'style' || name === 'script') {
        mode = 'ignore';
      }
    },
  });
  if (broke) return { bookmarks: [], skipped: [], problems: [`line ${lineOf(broke.at)}: ${broke.message}`] };
  finish();
  if (lists === 0 && out.bookmarks.length === 0 && out.problems.length === 0 && out.skipped.length === 0)
    out.problems.push(
      'line 1: not a Netscape bookmark file (no <DL> list and no <A HREF> bookmark; browsers export one with <!DOCTYPE NETSCAPE-Bookmark-file-1>)',
    );
  return out;
}

function bookmarkOf(
  attrs: Map<string, string>,
  line: number,
  rawTitle: string,
  folder: string,
  out: ReadBookmarks,
  days: Map<number, string>,
): SourcedBookmark | undefined {
  const href = attrs.get('href');
  if (href === undefined || href.trim() === '') {
    out.problems.push(`line ${line}: a bookmark (<A>) without HREF`);
    return undefined;
  }
  const url = decodeEntities(href).trim();
  if (!HTTP_URL.test(url)) {
    out.skipped.push(`line ${line}: ${url} is not an http or https URL (skipped)`);
    return undefined;
  }
  const added = readDate(attrs.get('add_date'), 'ADD_DATE', line, out, days);
  const modified = readDate(attrs.get('last_modified'), 'LAST_MODIFIED', line, out, days);
  let archived = false;
  let tags: string[] = [];
  const tagText = attrs.get('tags');
  if (tagText !== undefined && tagText !== '') {
    const kept: string[] = [];
    for (const tag of decodeEntities(tagText).split(',')) {
      if (tag.includes(':') && (LINKDING_ARCHIVED as readonly string[]).includes(tag.trim().toLowerCase()))
        archived = true;
      else kept.push(tag);
    }
    tags = uniqueTags(kept);
  }
  const toRead = attrs.get('toread')?.trim();
  // One shape for every bookmark (absent fields undefined): far cheaper than adding fields one by one.
  const bookmark: SourcedBookmark = {
    line,
    url,
    title: decodeEntities(rawTitle).trim() || url,
    tags,
    folder: folder === '' ? undefined : folder,
    added: added ?? modified,
    modified,
    status: archived ? 'archived' : toRead === '1' ? 'inbox' : toRead === '0' ? 'read' : undefined,
    description: undefined,
  };
  out.bookmarks.push(bookmark);
  return bookmark;
}

const HTTP_URL = /^https?:\/\/[^/?#\s]/i;

/** The largest number of seconds that is still a date (9999-12-31T23:59:59Z). */
const MAX_SECONDS = 253402300799;

/**
 * A timestamp attribute as a UTC date. Seconds, as the format says; a number too large for seconds
 * is read as milliseconds, then microseconds (old Google exports), then nanoseconds, as Linkding does.
 */
function readDate(
  value: string | undefined,
  attr: string,
  line: number,
  out: ReadBookmarks,
  days: Map<number, string>,
): string | undefined {
  if (value === undefined) return undefined;
  const raw = value.trim();
  if (raw === '') return undefined;
  if (!DIGITS.test(raw)) {
    out.problems.push(`line ${line}: ${attr} "${raw}" is not a number of seconds since 1970`);
    return undefined;
  }
  let seconds = Number(raw);
  for (let i = 0; i < 3 && seconds > MAX_SECONDS; i++) seconds /= 1000;
  if (seconds > MAX_SECONDS) {
    out.problems.push(`line ${line}: ${attr} "${raw}" is too large to be a date`);
    return undefined;
  }
  const day = Math.floor(seconds / 86400);
  // One file's bookmarks share few days, and formatting is most of a date's cost.
  let text = days.get(day);
  if (text === undefined) {
    text = fromDayNumber(day);
    days.set(day, text);
  }
  return text;
}

const DIGITS = /^\d{1,20}$/;

/** What {@link scanHtml} reports, in document order. */
interface HtmlHandlers {
  /** A start or end tag: name in lower case; `attrs` (names in lower case, values as written; the first of a name wins) only when `attrsFor(name)` gave a map. */
  tag(name: string, closing: boolean, attrs: Map<string, string> | undefined, at: number): void;
  /** Text between tags: `html.slice(start, end)`, as written (not yet decoded). */
  text(start: number, end: number): void;
  /** Where to collect the attributes of a start tag (cleared first), or undefined to skip them. A handler may hand the same map back each time. */
  attrsFor(name: string): Map<string, string> | undefined;
}

/** Where markup broke off: the offset of the tag or comment that never ends, and why. */
interface HtmlBreak {
  at: number;
  message: string;
}

/**
 * Walks HTML-like markup as tags and text without building a tree, so unclosed `<DT>`, `<DD>` and
 * `<p>` (as every Netscape bookmark file has) cost nothing. Comments, `<!DOCTYPE>` and `<?…?>` are
 * dropped; a `<` that starts no tag is text. Returns where a tag or a quoted attribute value runs to
 * the end of the input, else null. Offsets, not lines: {@link lineAt} turns one into a line.
 * @example scanHtml('<DT><A HREF="x">X</A>', handlers) // null, after tag dt, tag a, text X, tag /a
 */
function scanHtml(html: string, on: HtmlHandlers): HtmlBreak | null {
  const n = html.length;
  const lower = new Map<string, string>();
  let i = 0;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    const c = html.charCodeAt(lt + 1);
    if (c === 33 /* ! */ || c === 63 /* ? */) {
      if (lt > i) on.text(i, lt);
      if (html.startsWith('<!--', lt)) {
        const end = html.indexOf('-->', lt + 4);
        if (end < 0) return { at: lt, message: 'a comment (<!--) is never closed (no -->)' };
        i = end + 3;
      } else {
        const end = html.indexOf('>', lt);
        if (end < 0) return { at: lt, message: `a declaration (<${html[lt + 1]}…) is never closed (a ">" is missing)` };
        i = end + 1;
      }
      continue;
    }
    const closing = c === 47; /* / */
    const nameStart = closing ? lt + 2 : lt + 1;
    if (!isLetter(html.charCodeAt(nameStart))) {
      // A `<` that opens no tag is text; the text runs on past it.
      if (lt + 1 > i) on.text(i, lt + 1);
      i = lt + 1;
      continue;
    }
    if (lt > i) on.text(i, lt);
    let j = nameStart + 1;
    while (j < n && isNameChar(html.charCodeAt(j))) j++;
    const name = lowerName(lower, html.slice(nameStart, j));
    const attrs = closing ? undefined : on.attrsFor(name);
    attrs?.clear();
    const end = readAttributes(html, j, attrs, lower);
    if (typeof end !== 'number')
      return {
        at: lt,
        message:
          end.quote === undefined
            ? `the tag <${closing ? '/' : ''}${name.toUpperCase()} is never closed (a ">" is missing)`
            : `the ${end.attr.toUpperCase()} value of <${name.toUpperCase()}> opened with ${end.quote} is never closed`,
      };
    on.tag(name, closing, attrs, lt);
    i = end;
  }
  if (i < n) on.text(i, n);
  return null;
}

/** Reads attributes from `from` to the tag's `>`; the offset after it, or what never closed. */
function readAttributes(
  html: string,
  from: number,
  attrs: Map<string, string> | undefined,
  lower: Map<string, string>,
): number | { attr: string; quote?: string } {
  const n = html.length;
  let i = from;
  while (i < n) {
    const c = html.charCodeAt(i);
    if (c === 62 /* > */) return i + 1;
    if (c <= 32 || c === 47 /* / */) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && isAttrNameChar(html.charCodeAt(i))) i++;
    if (i === start) {
      i++; // a stray quote or `=`
      continue;
    }
    const attr = html.slice(start, i);
    while (i < n && html.charCodeAt(i) <= 32) i++;
    if (html.charCodeAt(i) !== 61 /* = */) {
      if (attrs) setFirst(attrs, lowerName(lower, attr), '');
      continue;
    }
    i++;
    while (i < n && html.charCodeAt(i) <= 32) i++;
    const q = html.charCodeAt(i);
    let value: string;
    if (q === 34 || q === 39) {
      const end = html.indexOf(q === 34 ? '"' : "'", i + 1);
      if (end < 0) return { attr, quote: q === 34 ? '"' : "'" };
      value = html.slice(i + 1, end);
      i = end + 1;
    } else {
      const vs = i;
      while (i < n && html.charCodeAt(i) > 32 && html.charCodeAt(i) !== 62) i++;
      value = html.slice(vs, i);
    }
    if (attrs) setFirst(attrs, lowerName(lower, attr), value);
  }
  return { attr: '' };
}

function setFirst(attrs: Map<string, string>, key: string, value: string): void {
  if (!attrs.has(key)) attrs.set(key, value);
}

/** A tag or attribute name in lower case, remembered: a file repeats the same few names thousands of times. */
function lowerName(lower: Map<string, string>, name: string): string {
  let key = lower.get(name);
  if (key === undefined) {
    key = name.toLowerCase();
    lower.set(name, key);
  }
  return key;
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isNameChar(c: number): boolean {
  return isLetter(c) || (c >= 48 && c <= 58) || c === 45;
}

function isAttrNameChar(c: number): boolean {
  return c > 32 && c !== 34 && c !== 39 && c !== 62 && c !== 47 && c !== 61;
}

/**
 * Counts lines up to offsets given in increasing order, jumping from newline to newline.
 * @example const line = lineCounter(text); line(0) // 1
 */
function lineCounter(text: string): (at: number) => number {
  let pos = 0;
  let line = 1;
  return (at) => {
    if (at < pos) {
      pos = 0;
      line = 1;
    }
    for (let nl = text.indexOf('\n', pos); nl >= 0 && nl < at; nl = text.indexOf('\n', nl + 1)) {
      line++;
      pos = nl + 1;
    }
    return line;
  };
}

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
function decodeEntities(text: string): string {
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
