import { fromDayNumber } from '../dates/dayNumber';
import { uniqueTags, type ReadBookmarks, type SourcedBookmark } from './BookmarkEntry';
import { decodeEntities } from './htmlText';
import { nameIs, scanHtml, type HtmlHandlers } from './htmlTokens';

/** Linkding's archived marker, as current Linkding writes it (v1.40 on) and as older versions did. */
export const LINKDING_ARCHIVED = ['linkding:bookmarks.archived', 'linkding:archived'] as const;

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
export function parseNetscape(html: string): ReadBookmarks {
  const text = html.charCodeAt(0) === 0xfeff ? html.slice(1) : html;
  const reader = new NetscapeReader(text);
  const broke = scanHtml(text, reader);
  if (broke) return { bookmarks: [], skipped: [], problems: [`line ${reader.lineAt(broke.at)}: ${broke.message}`] };
  reader.finish();
  const out = reader.out;
  if (reader.lists === 0 && out.bookmarks.length === 0 && out.problems.length === 0 && out.skipped.length === 0)
    out.problems.push(
      'line 1: not a Netscape bookmark file (no <DL> list and no <A HREF> bookmark; browsers export one with <!DOCTYPE NETSCAPE-Bookmark-file-1>)',
    );
  return out;
}

const NONE = 0;
const TITLE = 1;
const FOLDER = 2;
const DESCRIPTION = 3;
const IGNORE = 4;

/**
 * The reader's state while {@link scanHtml} walks the file. A class (methods shared by every file)
 * rather than closures per call: see {@link HtmlHandlers}. Attributes of the current `<A>` are kept
 * as offsets into the file (-1: absent) and sliced only when a bookmark needs them.
 */
class NetscapeReader implements HtmlHandlers {
  readonly out: ReadBookmarks = { bookmarks: [], skipped: [], problems: [] };
  /** How many lists opened or closed: none (and no bookmark) means this is no bookmark file. */
  lists = 0;
  private readonly days = new Map<number, string>();
  private readonly folders: (string | null)[] = [];
  /** The path of the open folders, rebuilt only when a list opens or closes. */
  private folderPath = '';
  private pendingFolder: string | undefined = undefined;
  private mode = NONE;
  private buffer = '';
  private anchorLine = 0;
  private last: SourcedBookmark | undefined = undefined;
  private lineFrom = 0;
  private line = 1;
  // The first HREF, ADD_DATE, LAST_MODIFIED, TAGS and TOREAD of the last <A>: value offsets, -1 when absent.
  private href = -1;
  private hrefEnd = -1;
  private added = -1;
  private addedEnd = -1;
  private modified = -1;
  private modifiedEnd = -1;
  private tags = -1;
  private tagsEnd = -1;
  private toRead = -1;
  private toReadEnd = -1;

  /**
   * A reader that lives as long as the module. V8 holds an object's shape only weakly: once every
   * reader has been collected, its shape dies and takes the optimised code of these methods with it,
   * so the next file would be read by cold code (a third of a warm read's speed) until it warms again.
   */
  static readonly shapeKeeper = new NetscapeReader('');

  constructor(private readonly html: string) {}

  /** The line of an offset; offsets come in increasing order, so count on from the last one. */
  lineAt(at: number): number {
    if (at < this.lineFrom) {
      this.lineFrom = 0;
      this.line = 1;
    }
    const html = this.html;
    for (let nl = html.indexOf('\n', this.lineFrom); nl >= 0 && nl < at; nl = html.indexOf('\n', nl + 1)) {
      this.line++;
      this.lineFrom = nl + 1;
    }
    return this.line;
  }

  wantsAttributes(name: string): boolean {
    if (name !== 'a') return false;
    this.href = this.added = this.modified = this.tags = this.toRead = -1;
    return true;
  }

  attribute(nameStart: number, nameEnd: number, valueStart: number, valueEnd: number): void {
    const html = this.html;
    switch (nameEnd - nameStart) {
      case 4:
        if (this.href < 0 && nameIs(html, nameStart, nameEnd, 'href')) {
          this.href = valueStart;
          this.hrefEnd = valueEnd;
        } else if (this.tags < 0 && nameIs(html, nameStart, nameEnd, 'tags')) {
          this.tags = valueStart;
          this.tagsEnd = valueEnd;
        }
        return;
      case 8:
        if (this.added < 0 && nameIs(html, nameStart, nameEnd, 'add_date')) {
          this.added = valueStart;
          this.addedEnd = valueEnd;
        }
        return;
      case 13:
        if (this.modified < 0 && nameIs(html, nameStart, nameEnd, 'last_modified')) {
          this.modified = valueStart;
          this.modifiedEnd = valueEnd;
        }
        return;
      case 6:
        if (this.toRead < 0 && nameIs(html, nameStart, nameEnd, 'toread')) {
          this.toRead = valueStart;
          this.toReadEnd = valueEnd;
        }
        return;
    }
  }

  text(start: number, end: number): void {
    if (this.mode !== NONE && this.mode !== IGNORE) this.buffer += this.html.slice(start, end);
  }

  tag(name: string, closing: boolean, at: number): void {
    const mode = this.mode;
    if (mode === IGNORE) {
      if (closing) this.mode = NONE;
      return;
    }
    if (name === 'br' && mode === DESCRIPTION) {
      this.buffer += '\n';
      return;
    }
    if ((name === 'p' || name === 'hr') && mode !== DESCRIPTION) return;
    if (closing && (name === 'a' || FOLDER_HEADINGS.has(name))) return this.finish();
    if (closing && !LISTS.has(name)) return;
    this.finish();
    if (name === 'a') {
      this.anchorLine = this.lineAt(at);
      this.mode = TITLE;
    } else if (name === 'dt') {
      this.last = undefined;
    } else if (name === 'dd') {
      if (this.last) this.mode = DESCRIPTION;
    } else if (LISTS.has(name)) {
      this.lists++;
      const folders = this.folders;
      if (closing) folders.pop();
      else folders.push(this.pendingFolder ?? null);
      this.folderPath = folders.filter((f): f is string => f !== null && f !== '').join('/');
      this.pendingFolder = undefined;
      this.last = undefined;
    } else if (FOLDER_HEADINGS.has(name)) {
      this.mode = FOLDER;
      this.last = undefined;
    } else if (name === 'title' || name === 'h1' || name === 'style' || name === 'script') {
      this.mode = IGNORE;
    }
  }

  /** Ends the title, folder name or description being read. */
  finish(): void {
    const mode = this.mode;
    if (mode === TITLE) this.last = this.bookmark();
    else if (mode === FOLDER) this.pendingFolder = decodeEntities(this.buffer).trim().replace(/\//g, '-');
    else if (mode === DESCRIPTION && this.last) {
      const decoded = decodeEntities(this.buffer);
      const description = (decoded.includes('\r') ? decoded.replace(/\r\n|\n\r|\r/g, '\n') : decoded).trim();
      if (description !== '') this.last.description = description;
    }
    this.mode = NONE;
    this.buffer = '';
  }

  /** The bookmark of the `<A>` just closed, or undefined (with a problem or a note) when it is none. */
  private bookmark(): SourcedBookmark | undefined {
    const { html, out, anchorLine: line } = this;
    const href = this.href < 0 ? undefined : html.slice(this.href, this.hrefEnd);
    if (href === undefined || href.trim() === '') {
      out.problems.push(`line ${line}: a bookmark (<A>) without HREF`);
      return undefined;
    }
    const url = decodeEntities(href).trim();
    if (!isWebUrl(url)) {
      out.skipped.push(`line ${line}: ${url} is not an http or https URL (skipped)`);
      return undefined;
    }
    const added = this.date(this.added, this.addedEnd, 'ADD_DATE', line);
    const modified = this.date(this.modified, this.modifiedEnd, 'LAST_MODIFIED', line);
    let archived = false;
    let tags: string[] = [];
    if (this.tags >= 0 && this.tagsEnd > this.tags) {
      const tagText = decodeEntities(html.slice(this.tags, this.tagsEnd));
      const parts = splitCommas(tagText);
      // Only a tag with a `:` can be Linkding's archived marker.
      if (tagText.includes(':')) {
        const kept: string[] = [];
        for (const tag of parts) {
          if (tag.includes(':') && (LINKDING_ARCHIVED as readonly string[]).includes(tag.trim().toLowerCase()))
            archived = true;
          else kept.push(tag);
        }
        tags = uniqueTags(kept);
      } else tags = uniqueTags(parts);
    }
    const toRead = this.toReadFlag();
    // One shape for every bookmark (absent fields undefined): far cheaper than adding fields one by one.
    const bookmark: SourcedBookmark = {
      line,
      url,
      title: decodeEntities(this.buffer).trim() || url,
      tags,
      folder: this.folderPath === '' ? undefined : this.folderPath,
      added: added ?? modified,
      modified,
      status: archived ? 'archived' : toRead === 1 ? 'inbox' : toRead === 0 ? 'read' : undefined,
      description: undefined,
    };
    out.bookmarks.push(bookmark);
    return bookmark;
  }

  /** TOREAD trimmed: 1 or 0 when it says so, else -1. */
  private toReadFlag(): number {
    const start = this.toRead;
    if (start < 0) return -1;
    if (this.toReadEnd - start === 1) {
      const c = this.html.charCodeAt(start);
      return c === 49 ? 1 : c === 48 ? 0 : -1;
    }
    const value = this.html.slice(start, this.toReadEnd).trim();
    return value === '1' ? 1 : value === '0' ? 0 : -1;
  }

  /**
   * A timestamp attribute (value offsets) as a UTC date. Seconds, as the format says; a number too large
   * for seconds is read as milliseconds, then microseconds (old Google exports), then nanoseconds, as Linkding does.
   */
  private date(start: number, end: number, attr: string, line: number): string | undefined {
    if (start < 0) return undefined;
    let seconds = 0;
    // Up to 15 plain digits (all a browser writes) are read in place and exactly; anything else as text.
    for (let i = start; i < end && seconds >= 0; i++) {
      const d = this.html.charCodeAt(i) - 48;
      seconds = d >= 0 && d <= 9 ? seconds * 10 + d : -1;
    }
    if (seconds < 0 || end - start > 15 || end === start) {
      const raw = this.html.slice(start, end).trim();
      if (raw === '') return undefined;
      if (!DIGITS.test(raw)) {
        this.out.problems.push(`line ${line}: ${attr} "${raw}" is not a number of seconds since 1970`);
        return undefined;
      }
      seconds = Number(raw);
    }
    for (let i = 0; i < 3 && seconds > MAX_SECONDS; i++) seconds /= 1000;
    if (seconds > MAX_SECONDS) {
      this.out.problems.push(`line ${line}: ${attr} "${this.html.slice(start, end).trim()}" is too large to be a date`);
      return undefined;
    }
    const day = Math.floor(seconds / 86400);
    // One file's bookmarks share few days, and formatting is most of a date's cost.
    let text = this.days.get(day);
    if (text === undefined) {
      text = fromDayNumber(day);
      this.days.set(day, text);
    }
    return text;
  }
}

/** `text.split(',')`, without the builtin's runtime call (a bookmark's few tags are a hot path). */
function splitCommas(text: string): string[] {
  const parts: string[] = [];
  let from = 0;
  for (let comma = text.indexOf(','); comma >= 0; comma = text.indexOf(',', from)) {
    parts.push(text.slice(from, comma));
    from = comma + 1;
  }
  parts.push(text.slice(from));
  return parts;
}

/** http or https with something that can be a host: the only URLs a bookmark may carry. */
const WEB_URL = /^https?:\/\/[^/?#\s]/i;

/** Whether a URL is http or https with something that can be a host. */
export function isWebUrl(url: string): boolean {
  return WEB_URL.test(url);
}

/** The largest number of seconds that is still a date (9999-12-31T23:59:59Z). */
const MAX_SECONDS = 253402300799;

const DIGITS = /^\d{1,20}$/;
