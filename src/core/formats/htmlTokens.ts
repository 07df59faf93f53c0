/** What {@link scanHtml} reports, in document order. */
export interface HtmlHandlers {
  /** A start or end tag: name in lower case; `attrs` (names in lower case, values as written; the first of a name wins) only when `attrsFor(name)` gave a map. */
  tag(name: string, closing: boolean, attrs: Map<string, string> | undefined, at: number): void;
  /** Text between tags: `html.slice(start, end)`, as written (not yet decoded). */
  text(start: number, end: number): void;
  /** Where to collect the attributes of a start tag (cleared first), or undefined to skip them. A handler may hand the same map back each time. */
  attrsFor(name: string): Map<string, string> | undefined;
}

/** Where markup broke off: the offset of the tag or comment that never ends, and why. */
export interface HtmlBreak {
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
export function scanHtml(html: string, on: HtmlHandlers): HtmlBreak | null {
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
export function lineCounter(text: string): (at: number) => number {
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
