/** A start or end tag: name and attribute names in lower case, values as written (not yet decoded). */
export interface TagToken {
  type: 'tag';
  name: string;
  closing: boolean;
  attrs: Record<string, string>;
  line: number;
}

/** Text between tags, as written (not yet decoded). */
export interface TextToken {
  type: 'text';
  text: string;
  line: number;
}

/** A token of {@link tokenizeHtml}. */
export type HtmlToken = TagToken | TextToken;

/** What {@link tokenizeHtml} gives: the tokens, or where the markup broke off. */
export type Tokenized = { ok: true; tokens: HtmlToken[] } | { ok: false; line: number; message: string };

const NAME_START = /[A-Za-z]/;

/**
 * Splits HTML-like markup into tags and text without building a tree, so unclosed `<DT>`, `<DD>`
 * and `<p>` (as every Netscape bookmark file has) cost nothing. Comments, `<!DOCTYPE>` and `<?…?>`
 * are dropped; a `<` that starts no tag is text. Fails only when a tag or a quoted attribute value
 * runs to the end of the input, naming the line it started on.
 * @example tokenizeHtml('<DT><A HREF="x">X</A>') // { ok: true, tokens: [dt, a, text X, /a] }
 */
export function tokenizeHtml(html: string): Tokenized {
  const tokens: HtmlToken[] = [];
  let line = 1;
  let i = 0;
  let textStart = 0;
  let textLine = 1;
  const n = html.length;
  const flushText = (end: number): void => {
    if (end > textStart) tokens.push({ type: 'text', text: html.slice(textStart, end), line: textLine });
  };
  const advanceTo = (end: number): void => {
    for (let k = i; k < end; k++) if (html.charCodeAt(k) === 10) line++;
    i = end;
  };
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      advanceTo(n);
      break;
    }
    advanceTo(lt);
    const next = html[lt + 1] ?? '';
    if (html.startsWith('<!--', lt)) {
      flushText(lt);
      const end = html.indexOf('-->', lt + 4);
      if (end < 0) return { ok: false, line, message: 'a comment (<!--) is never closed (no -->)' };
      advanceTo(end + 3);
    } else if (next === '!' || next === '?') {
      flushText(lt);
      const end = html.indexOf('>', lt);
      if (end < 0) return { ok: false, line, message: `a declaration (<${next}…) is never closed (a ">" is missing)` };
      advanceTo(end + 1);
    } else if (NAME_START.test(next) || (next === '/' && NAME_START.test(html[lt + 2] ?? ''))) {
      flushText(lt);
      const tag = readTag(html, lt, line);
      if (!tag.ok) return tag;
      tokens.push(tag.token);
      advanceTo(tag.end);
    } else {
      // A `<` that opens no tag is text: keep scanning after it.
      advanceTo(lt + 1);
      continue;
    }
    textStart = i;
    textLine = line;
  }
  flushText(n);
  return { ok: true, tokens };
}

const TAG_NAME = /[A-Za-z][A-Za-z0-9:-]*/y;
const ATTR_NAME = /[^\s"'>/=]+/y;
const UNQUOTED_VALUE = /[^\s>]+/y;

/** The match of a sticky pattern at `at`, without copying the rest of the input. */
function match(pattern: RegExp, text: string, at: number): string | undefined {
  pattern.lastIndex = at;
  return pattern.exec(text)?.[0];
}

type ReadTag = { ok: true; token: TagToken; end: number } | { ok: false; line: number; message: string };

function readTag(html: string, start: number, line: number): ReadTag {
  const closing = html[start + 1] === '/';
  let i = start + (closing ? 2 : 1);
  const name = (match(TAG_NAME, html, i) ?? '').toLowerCase();
  i += name.length;
  const attrs: Record<string, string> = {};
  const n = html.length;
  const shown = `<${closing ? '/' : ''}${name.toUpperCase()}`;
  while (i < n) {
    const c = html[i];
    if (c === '>') return { ok: true, token: { type: 'tag', name, closing, attrs, line }, end: i + 1 };
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f' || c === '/') {
      i++;
      continue;
    }
    const attr = match(ATTR_NAME, html, i);
    if (attr === undefined) {
      i++;
      continue;
    }
    const key = attr.toLowerCase();
    i += attr.length;
    while (i < n && /\s/.test(html[i])) i++;
    if (html[i] !== '=') {
      if (!(key in attrs)) attrs[key] = '';
      continue;
    }
    i++;
    while (i < n && /\s/.test(html[i])) i++;
    const quote = html[i];
    let value: string;
    if (quote === '"' || quote === "'") {
      const end = html.indexOf(quote, i + 1);
      if (end < 0)
        return {
          ok: false,
          line,
          message: `the ${key.toUpperCase()} value of ${shown}> opened with ${quote} is never closed`,
        };
      value = html.slice(i + 1, end);
      i = end + 1;
    } else {
      value = match(UNQUOTED_VALUE, html, i) ?? '';
      i += value.length;
    }
    if (!(key in attrs)) attrs[key] = value;
  }
  return { ok: false, line, message: `the tag ${shown} is never closed (a ">" is missing)` };
}
