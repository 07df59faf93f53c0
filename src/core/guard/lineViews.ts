/** One line as the guard's detectors read it, with the 1-based line of the file it came from. */
export interface LineView {
  text: string;
  line: number;
}

// Inline base64 data (`![](data:image/png;base64,…)`) is content, not a credential; random base64
// would otherwise now and then spell a token prefix.
const DATA_URI = /data:[\w.+/-]+;base64,[A-Za-z0-9+/=]+/g;
// Markdown blockquote markers and list bullets, in any nesting, hide nothing: `> -----BEGIN …`,
// `- > password x`. A bullet needs a space after it, so `-----BEGIN` keeps its dashes.
const MARKERS = /^(?:\s*(?:>|(?:[-*+]|\d{1,3}[.)])(?=\s)))+\s?/;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/g;
const ESCAPED_TEXT = /\\[nr"/]/;
// JSON inside a JSON string (a key file pasted into a note in a plugin's data.json) escapes twice.
const MAX_ESCAPE_DEPTH = 2;

/**
 * Splits a file into the lines the detectors read: each line without blockquote markers, list
 * bullets and inline base64 data, followed, when it holds escaped text (a JSON string such as a
 * service-account key or a note inside a plugin's data.json), by the lines of its unescaped text,
 * unescaped again if they hold escapes too.
 * Every view keeps the line number of the line it came from.
 * @example lineViews('{"k": "a\\nb"}').map((v) => v.text) // ['{"k": "a\\nb"}', '{"k": "a', 'b"}']
 */
export function lineViews(text: string): LineView[] {
  const views: LineView[] = [];
  const add = (raw: string, line: number, depth: number): void => {
    const clean = strip(raw);
    views.push({ text: clean, line });
    if (depth >= MAX_ESCAPE_DEPTH || !ESCAPED_TEXT.test(clean)) return;
    for (const piece of unescape(clean).split(/\r\n|\r|\n/)) add(piece, line, depth + 1);
  };
  text.split(/\r\n|\r|\n/).forEach((raw, index) => add(raw, index + 1, 0));
  return views;
}

function strip(raw: string): string {
  return raw.replace(DATA_URI, ' ').replace(MARKERS, '');
}

/** Resolves JSON (and most C-like) string escapes: `\n`, `\"`, `\/`, `\u0041`. */
function unescape(text: string): string {
  return text.replace(ESCAPE, (escape) => {
    const ch = escape[1];
    if (ch === 'u') return String.fromCharCode(parseInt(escape.slice(2), 16));
    return ({ b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' } as Record<string, string>)[ch] ?? ch;
  });
}
