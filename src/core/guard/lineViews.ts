/** One line as the guard's detectors read it, with the 1-based line of the file it came from. */
export interface LineView {
  text: string;
  line: number;
}

// Inline base64 data (`![](data:image/png;base64,…)`) is content, not a credential; random base64
// would otherwise now and then spell a token prefix.
const DATA_URI = /data:[\w.+/-]+;base64,[A-Za-z0-9+/=]+/g;
// Markdown blockquote markers and list bullets hide nothing: `> -----BEGIN …`, `- password x`.
const QUOTE_MARKERS = /^\s*>(?:\s*>)*\s?/;
const LIST_MARKER = /^\s*(?:[-*+]|\d{1,3}[.)])\s+/;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/g;
const ESCAPED_TEXT = /\\[nr"/]/;

/**
 * Splits a file into the lines the detectors read: each line without blockquote markers, list
 * bullets and inline base64 data, followed, when it holds escaped text (a JSON string such as a
 * service-account key or a note inside a plugin's data.json), by the lines of its unescaped text.
 * Every view keeps the line number of the line it came from.
 * @example lineViews('{"k": "a\\nb"}').map((v) => v.text) // ['{"k": "a\\nb"}', '{"k": "a', 'b"}']
 */
export function lineViews(text: string): LineView[] {
  const views: LineView[] = [];
  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const line = index + 1;
    const clean = strip(raw);
    views.push({ text: clean, line });
    if (!ESCAPED_TEXT.test(clean)) return;
    for (const piece of unescape(clean).split(/\r\n|\r|\n/)) views.push({ text: strip(piece), line });
  });
  return views;
}

function strip(raw: string): string {
  return raw.replace(DATA_URI, ' ').replace(QUOTE_MARKERS, '').replace(LIST_MARKER, '');
}

/** Resolves JSON (and most C-like) string escapes: `\n`, `\"`, `\/`, `\u0041`. */
function unescape(text: string): string {
  return text.replace(ESCAPE, (escape) => {
    const ch = escape[1];
    if (ch === 'u') return String.fromCharCode(parseInt(escape.slice(2), 16));
    return ({ b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' } as Record<string, string>)[ch] ?? ch;
  });
}
