import { resolveCoreScalar } from './resolveCoreScalar';

/** Frontmatter values and each top-level key's 1-based file line. */
export interface SimpleYaml {
  frontmatter: Record<string, unknown>;
  lines: Record<string, number>;
}

const SEQ_ITEM = /^( *)- +/;
/** Plain scalars we read ourselves: a safe first character, no `: `, ` #`, tab or trailing colon. */
const PLAIN = /^(?:[A-Za-z0-9_./(~+$]|-(?=[0-9.]))[^\t]*$/;

/**
 * Reads the plain subset of YAML most frontmatter is written in — `key: scalar`, `key: [a, "b"]`,
 * `key:` followed by `- item` lines, full-line comments — giving exactly what the `yaml` package
 * gives under the core schema. Returns `null` for anything else, so the caller uses the full parser.
 * @example parseSimpleYaml('stack: task\ntags: [a, b]', 2) // → { frontmatter: { stack: 'task', tags: ['a', 'b'] }, lines: { stack: 2, tags: 3 } }
 */
export function parseSimpleYaml(yaml: string, firstLine: number): SimpleYaml | null {
  const rows = yaml.split('\n');
  const frontmatter: Record<string, unknown> = {};
  const lines: Record<string, number> = {};
  let i = 0;
  while (i < rows.length) {
    const row = stripCr(rows[i]);
    const colon = keyColon(row);
    // A row starting a key is neither blank nor a comment.
    if (colon < 0 && (isBlank(row) || row.charCodeAt(0) === 35)) {
      i++;
      continue;
    }
    const valueAt = colon < 0 ? -1 : valueStart(row, colon + 1);
    if (valueAt < 0) return null;
    const key = row.slice(0, colon);
    if (key === '__proto__' || Object.prototype.hasOwnProperty.call(frontmatter, key)) return null;
    const rest = row.slice(valueAt);
    lines[key] = firstLine + i;
    i++;
    if (rest !== '') {
      const value = readInlineValue(rest);
      if (value === undefined) return null;
      frontmatter[key] = value;
      continue;
    }
    // `key:` alone: a block sequence may follow (at any indent, the same for every item).
    const items: unknown[] = [];
    let indent = -1;
    while (i < rows.length) {
      const next = stripCr(rows[i]);
      if (isBlank(next)) {
        i++;
        continue;
      }
      const item = SEQ_ITEM.exec(next);
      if (!item) break;
      if (indent < 0) indent = item[1].length;
      else if (item[1].length !== indent) return null;
      const value = readScalar(next.slice(item[0].length));
      if (value === undefined) return null;
      items.push(value);
      i++;
    }
    if (i < rows.length && !isBlank(rows[i]) && rows[i].charCodeAt(0) === 32) return null;
    frontmatter[key] = indent < 0 ? null : items;
  }
  return Object.keys(lines).length > 0 ? { frontmatter, lines } : null;
}

/**
 * Where the `:` after a plain key (`[A-Za-z_][A-Za-z0-9_-]*`) opening `row` is; -1 when the row
 * does not open with one. Scanned by hand: a regular expression's match array and capture per row
 * were a third of this reader's time.
 */
function keyColon(row: string): number {
  const first = row.charCodeAt(0);
  if (!(isLetter(first) || first === 95)) return -1;
  let at = 1;
  for (;;) {
    const c = row.charCodeAt(at);
    if (isLetter(c) || (c >= 48 && c <= 57) || c === 95 || c === 45) at++;
    else return c === 58 ? at : -1;
  }
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** After a key's `:` at `from - 1`: where its value starts past the spaces (the row's end when none), or -1 when no space follows and the row goes on. */
function valueStart(row: string, from: number): number {
  if (from === row.length) return from;
  if (row.charCodeAt(from) !== 32) return -1;
  let at = from + 1;
  while (row.charCodeAt(at) === 32) at++;
  return at;
}

/** A value after `key: `: a flow list of scalars or one scalar; `undefined` when not in the subset. */
function readInlineValue(text: string): unknown {
  if (text.charCodeAt(0) !== 91) return readScalar(text);
  const end = text.trimEnd();
  if (!end.endsWith(']')) return undefined;
  const inner = end.slice(1, -1);
  if (inner.trim() === '') return [];
  const out: unknown[] = [];
  let pos = 0;
  for (;;) {
    while (inner.charCodeAt(pos) === 32) pos++;
    const q = inner.charCodeAt(pos);
    let piece: string;
    if (q === 34 || q === 39) {
      // A quoted item may hold brackets and commas: take it whole up to its closing quote.
      const close = inner.indexOf(inner[pos], pos + 1);
      if (close < 0) return undefined;
      piece = inner.slice(pos, close + 1);
      pos = close + 1;
      while (inner.charCodeAt(pos) === 32) pos++;
      if (pos < inner.length && inner.charCodeAt(pos) !== 44) return undefined;
    } else {
      const comma = inner.indexOf(',', pos);
      piece = (comma < 0 ? inner.slice(pos) : inner.slice(pos, comma)).trim();
      pos = comma < 0 ? inner.length : comma;
      // Brackets or braces would mean nesting, an empty piece a null item: let the parser decide.
      if (piece === '' || /[[\]{}]/.test(piece)) return undefined;
    }
    const value = readScalar(piece);
    if (value === undefined) return undefined;
    out.push(value);
    if (pos >= inner.length) return out;
    pos++; // the comma
    if (inner.slice(pos).trim() === '') return undefined;
  }
}

/** One scalar: `"simple"`, `'simple'` or a plain scalar; `undefined` when not in the subset. */
function readScalar(raw: string): unknown {
  const text = raw.trimEnd();
  const q = text.charCodeAt(0);
  if (q === 34 || q === 39) {
    const body = text.slice(1, -1);
    if (
      text.length < 2 ||
      text.charCodeAt(text.length - 1) !== q ||
      body.includes(text[0]) ||
      body.includes('\\') ||
      body.includes('\t')
    )
      return undefined;
    return body;
  }
  if (!PLAIN.test(text) || text.includes(': ') || text.includes(' #') || text.endsWith(':')) return undefined;
  return resolveCoreScalar(text);
}

function stripCr(row: string): string {
  return row.endsWith('\r') ? row.slice(0, -1) : row;
}

/** Only spaces, tabs and carriage returns: what YAML reads as a blank line (`trim` also drops no-break and other Unicode spaces, which YAML reads as text). */
function isBlank(row: string): boolean {
  return BLANK.test(row);
}

const BLANK = /^[ \t\r]*$/;
