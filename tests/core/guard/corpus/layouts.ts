/** A file made from sample lines: its bytes and the 1-based line where sample line `i` ended up. */
export interface LaidOut {
  bytes: Uint8Array;
  lineOf: (i: number) => number;
}

/** One way people store lines: a layout (indentation, quoting, escaping) and an encoding. */
export interface Layout {
  name: string;
  /** Whether the layout can keep a sample's lines at the very start of the file (frontmatter). */
  keepsFileStart: boolean;
  /** Lays out `lines`, at the very start of the file when `fileStart` (then the note text follows). */
  lay: (lines: readonly string[], fileStart: boolean) => LaidOut;
}

const HEAD = ['# Notes', '', 'From the last upgrade:'];
const TAIL = ['', 'Done.'];

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const shifted = (by: number) => (i: number) => by + i + 1;

/** A note with the lines after `head` (or before it, at the file start), joined with `eol`, encoded. */
function inNote(
  lines: readonly string[],
  fileStart: boolean,
  encode: (text: string) => Uint8Array,
  eol = '\n',
  head = HEAD,
): LaidOut {
  const all = fileStart ? [...lines, ...head, ...TAIL] : [...head, ...lines, ...TAIL];
  return { bytes: encode(all.join(eol) + eol), lineOf: shifted(fileStart ? 0 : head.length) };
}

/** Wraps each line (`wrap(line, i)`) between `before` and `after` inside a note, one line per line. */
function wrapped(
  name: string,
  wrap: (line: string, i: number) => string,
  before: string[] = [],
  after: string[] = [],
): Layout {
  return {
    name,
    keepsFileStart: false,
    lay: (lines) => ({
      bytes: inNote([...before, ...lines.map(wrap), ...after], false, utf8).bytes,
      lineOf: shifted(HEAD.length + before.length),
    }),
  };
}

function latin1(text: string): Uint8Array {
  return Uint8Array.from(text, (ch) => ch.charCodeAt(0) & 0xff);
}

function utf16(text: string, bigEndian: boolean, bom: boolean): Uint8Array {
  const units = `${bom ? '\uFEFF' : ''}${text}`;
  const out = new Uint8Array(units.length * 2);
  for (let i = 0; i < units.length; i++) {
    const unit = units.charCodeAt(i);
    out[2 * i + (bigEndian ? 1 : 0)] = unit & 0xff;
    out[2 * i + (bigEndian ? 0 : 1)] = unit >> 8;
  }
  return out;
}

/** Encodings on a plain note: what a Windows editor, an old tool or a paste may leave behind. */
function encoded(name: string, encode: (text: string) => Uint8Array, head = HEAD): Layout {
  return { name, keepsFileStart: true, lay: (lines, fileStart) => inNote(lines, fileStart, encode, '\n', head) };
}

/** Every layout the corpus writes each sample in. */
export const LAYOUTS: readonly Layout[] = [
  { name: 'plain', keepsFileStart: true, lay: (lines, fileStart) => inNote(lines, fileStart, utf8) },
  { name: 'CRLF', keepsFileStart: true, lay: (lines, fileStart) => inNote(lines, fileStart, utf8, '\r\n') },
  wrapped('indented YAML', (line) => `    ${line}`, ['service:', '  notes: |']),
  wrapped('list item', (line, i) => (i === 0 ? `- ${line}` : `  ${line}`), ['Steps:']),
  wrapped('blockquote', (line) => (line === '' ? '>' : `> ${line}`)),
  wrapped('code block', (line) => line, ['```sh'], ['```']),
  {
    name: 'JSON-escaped',
    keepsFileStart: false,
    lay: (lines) => ({
      bytes: utf8(`{"title":"Notes","body":${JSON.stringify([...HEAD, ...lines, ...TAIL].join('\n'))}}\n`),
      lineOf: () => 1,
    }),
  },
  encoded('Latin-1', latin1, ['# Café notes', '', 'Façade upgrade, señor:']),
  encoded('UTF-16LE with BOM', (text) => utf16(text, false, true)),
  encoded('UTF-16BE with BOM', (text) => utf16(text, true, true)),
  encoded('UTF-16LE without BOM', (text) => utf16(text, false, false)),
  encoded('UTF-8 with a NUL byte', utf8, ['# Notes\u0000', '', 'From the last upgrade:']),
];
