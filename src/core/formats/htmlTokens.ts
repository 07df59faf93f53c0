/**
 * What {@link scanHtml} reports, in document order. Give an object whose methods live on its
 * prototype (a class instance), not a literal of closures made per call: optimised scanning code
 * inlines the handlers it saw, and closures that died take that code with them at the next GC.
 */
export interface HtmlHandlers {
  /** A start or end tag, name in lower case, after `attribute` heard its attributes (when `wantsAttributes` said so). */
  tag(name: string, closing: boolean, at: number): void;
  /** Text between tags: `html.slice(start, end)`, as written (not yet decoded). */
  text(start: number, end: number): void;
  /** Whether `attribute` should hear the attributes of the start tag `name` (called before them). */
  wantsAttributes(name: string): boolean;
  /**
   * One attribute of that start tag, as written: its name is `html.slice(nameStart, nameEnd)` (any
   * case: compare with {@link nameIs}), its value `html.slice(valueStart, valueEnd)` (inside the
   * quotes; an empty span when it has no value). A name may come twice: HTML keeps the first.
   */
  attribute(nameStart: number, nameEnd: number, valueStart: number, valueEnd: number): void;
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
 * the end of the input, else null. Offsets, not lines: {@link lineCounter} turns one into a line.
 * Nothing is sliced but tag names it does not know (attribute names and values are offsets).
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
    const name = tagName(html, nameStart, j, lower);
    const end = readAttributes(html, j, closing || !on.wantsAttributes(name) ? undefined : on);
    if (end < 0) return brokenTag(html, lt, closing, name, end);
    on.tag(name, closing, lt);
    i = end;
  }
  if (i < n) on.text(i, n);
  return null;
}

/** Why the tag at `lt` never closes: `end` is -1 when its `>` is missing, else -2 - the offset of the attribute whose quoted value runs on. */
function brokenTag(html: string, lt: number, closing: boolean, name: string, end: number): HtmlBreak {
  if (end === -1)
    return {
      at: lt,
      message: `the tag <${closing ? '/' : ''}${name.toUpperCase()} is never closed (a ">" is missing)`,
    };
  const attrStart = -2 - end;
  let attrEnd = attrStart;
  while (isAttrNameChar(html.charCodeAt(attrEnd))) attrEnd++;
  let q = attrEnd;
  while (html.charCodeAt(q) !== 34 && html.charCodeAt(q) !== 39) q++;
  return {
    at: lt,
    message: `the ${html.slice(attrStart, attrEnd).toUpperCase()} value of <${name.toUpperCase()}> opened with ${html[q]} is never closed`,
  };
}

/**
 * Reads attributes from `from` to the tag's `>`, telling `on` (when given) each one; the offset
 * after the `>`, -1 when there is none, or -2 - (where the attribute starts) when its quoted value never closes.
 */
function readAttributes(html: string, from: number, on: HtmlHandlers | undefined): number {
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
    const nameEnd = i;
    while (i < n && html.charCodeAt(i) <= 32) i++;
    if (html.charCodeAt(i) !== 61 /* = */) {
      on?.attribute(start, nameEnd, nameEnd, nameEnd);
      continue;
    }
    i++;
    while (i < n && html.charCodeAt(i) <= 32) i++;
    const q = html.charCodeAt(i);
    if (q === 34 || q === 39) {
      const end = html.indexOf(q === 34 ? '"' : "'", i + 1);
      if (end < 0) return -2 - start;
      on?.attribute(start, nameEnd, i + 1, end);
      i = end + 1;
    } else {
      const vs = i;
      while (i < n && html.charCodeAt(i) > 32 && html.charCodeAt(i) !== 62) i++;
      on?.attribute(start, nameEnd, vs, i);
    }
  }
  return -1;
}

/**
 * Whether `html.slice(start, end)` is the name `lower` (given in lower case), ignoring case as
 * `toLowerCase()` does, without slicing it.
 * @example nameIs('<A HREF="x">', 3, 7, 'href') // true
 */
export function nameIs(html: string, start: number, end: number, lower: string): boolean {
  if (end - start !== lower.length) return false;
  for (let k = 0; k < lower.length; k++) {
    let c = html.charCodeAt(start + k);
    if (c >= 65 && c <= 90) c += 32;
    else if (c > 127) return html.slice(start, end).toLowerCase() === lower; // (the Kelvin sign is a k)
    if (c !== lower.charCodeAt(k)) return false;
  }
  return true;
}

/** A tag name (ASCII letters, digits, `-`, `:`) in lower case: the names bookmark files are made of without a slice, others remembered. */
function tagName(html: string, start: number, end: number, lower: Map<string, string>): string {
  const c0 = html.charCodeAt(start) | 32;
  if (end - start === 1) {
    if (c0 === 97) return 'a';
    if (c0 === 112) return 'p';
  } else if (end - start === 2) {
    const c1 = html.charCodeAt(start + 1);
    const l1 = c1 | 32;
    if (c0 === 100 /* d */) {
      if (l1 === 116) return 'dt';
      if (l1 === 100) return 'dd';
      if (l1 === 108) return 'dl';
    } else if (c0 === 104 /* h */) {
      if (c1 >= 49 && c1 <= 54) return HEADINGS[c1 - 49];
      if (l1 === 114) return 'hr';
    } else if (c0 === 98 /* b */ && l1 === 114) return 'br';
  }
  const name = html.slice(start, end);
  let key = lower.get(name);
  if (key === undefined) {
    key = name.toLowerCase();
    lower.set(name, key);
  }
  return key;
}

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'] as const;

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
