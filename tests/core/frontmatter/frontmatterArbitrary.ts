/**
 * fast-check arbitraries for realistic frontmatter. Each generated note knows the exact source
 * lines of every key's entry, so tests can state which bytes an edit may touch.
 */
import fc from 'fast-check';

/** One top-level key: its source lines (without line endings) and the data it holds. */
export interface GeneratedEntry {
  key: string;
  lines: string[];
  value: unknown;
}

/** A generated note: frontmatter chunks (entries and filler lines), line ending, BOM and body. */
export interface GeneratedNote {
  bom: boolean;
  eol: '\n' | '\r\n';
  chunks: Array<{ entry: GeneratedEntry } | { filler: string[] }>;
  body: string;
}

/** A note rendered to text, with the offsets of each entry inside the YAML source. */
export interface RenderedNote {
  text: string;
  /** The YAML source between the `---` lines. */
  source: string;
  /** Everything before the YAML source: BOM and opening line. */
  head: string;
  /** The closing line and the body. */
  tail: string;
  data: Record<string, unknown>;
  /** Per key: [start, end) of its entry's lines (line endings included) in `source`. */
  ranges: Map<string, [number, number]>;
}

/** Renders a generated note and records where each entry's lines are. */
export function renderNote(note: GeneratedNote): RenderedNote {
  let source = '';
  const ranges = new Map<string, [number, number]>();
  const data: Record<string, unknown> = {};
  for (const chunk of note.chunks) {
    const lines = 'entry' in chunk ? chunk.entry.lines : chunk.filler;
    const start = source.length;
    for (const line of lines) source += line + note.eol;
    if ('entry' in chunk) {
      ranges.set(chunk.entry.key, [start, source.length]);
      data[chunk.entry.key] = chunk.entry.value;
    }
  }
  const head = `${note.bom ? '\uFEFF' : ''}---${note.eol}`;
  const tail = `---${note.eol}${note.body}`;
  return { text: head + source + tail, source, head, tail, data, ranges };
}

/** Keys that real notes use (including `stack`), plus a few that need care. */
export const KEY_POOL = [
  'stack',
  'title',
  'status',
  'tags',
  'log',
  'due',
  'done',
  'goal',
  'rating',
  'url',
  'project',
  'depends',
  'last-run',
  'used-by',
  'notes',
  'aliases',
];

/** Strings that are safe to write plain. */
const PLAIN_STRINGS = [
  'todo',
  'done',
  'inbox',
  'daily',
  'Hello world',
  'restic',
  'Vault Stack',
  '2026-11-28',
  '2026-11-28T09:30',
  'https://example.com/a?b=c',
  'ünïcödé',
  'emoji 🚀',
  '3/week',
];
/** Strings that must be quoted. */
const QUOTED_STRINGS = [
  '[[Home]]',
  '[[Projects/Vault Stack|Vault]]',
  'a: b',
  "it's",
  'C:\\path',
  'x # y',
  '42',
  'true',
  '',
  ' spaced ',
  '- dash',
  '{brace}',
  'null',
];

/** A string value from the pools. */
export const stringValue = fc.constantFrom(...PLAIN_STRINGS, ...QUOTED_STRINGS);

/** A scalar value an edit might write. */
export const scalarValue: fc.Arbitrary<string | number | boolean | null> = fc.oneof(
  { weight: 6, arbitrary: stringValue },
  { weight: 1, arbitrary: fc.integer({ min: -5, max: 2000 }) },
  { weight: 1, arbitrary: fc.constantFrom(1.5, 0.25) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
);

/** Writes a scalar in a style the generator chose; unsafe plain strings are double-quoted. */
function scalarSource(value: string | number | boolean | null, style: 'plain' | 'single' | 'double' | 'tilde'): string {
  if (value === null) return style === 'tilde' ? '~' : style === 'plain' ? '' : 'null';
  if (typeof value !== 'string') return String(value);
  if (style === 'single' && !value.includes('\n')) return `'${value.replace(/'/g, "''")}'`;
  if ((style === 'plain' || style === 'tilde') && PLAIN_STRINGS.includes(value)) return value;
  return JSON.stringify(value);
}

const style = fc.constantFrom<'plain' | 'single' | 'double' | 'tilde'>('plain', 'plain', 'single', 'double', 'tilde');
const comment = fc.constantFrom('# note', '#tight', '# ---', '# key: not a key', '# tags: [a]');
const maybeComment = fc.option(comment, { nil: undefined, freq: 3 });
const trailingBlanks = fc.constantFrom('', '', '', ' ', '  \t');
const keyText = (key: string): fc.Arbitrary<string> => fc.constantFrom(key, key, key, JSON.stringify(key));

/** `key: value  # comment` */
const scalarEntry = (key: string): fc.Arbitrary<GeneratedEntry> =>
  fc
    .record({ k: keyText(key), v: scalarValue, s: style, c: maybeComment, t: trailingBlanks })
    .map(({ k, v, s, c, t }) => {
      const written = scalarSource(v, s);
      const sep = written === '' ? '' : ' ';
      return { key, value: v, lines: [`${k}:${sep}${written}${c === undefined ? t : ` ${c}`}`] };
    });

const listItem = fc.record({ v: scalarValue, s: style }).filter(({ v, s }) => !(v === null && s === 'plain'));

/** `key: [a, "b"]  # comment` */
const flowEntry = (key: string): fc.Arbitrary<GeneratedEntry> =>
  fc
    .record({
      k: keyText(key),
      items: fc.array(listItem, { maxLength: 4 }),
      sep: fc.constantFrom(', ', ',', ' , '),
      pad: fc.constantFrom('', ' '),
      c: maybeComment,
    })
    .map(({ k, items, sep, pad, c }) => {
      const body = items.map(({ v, s }) => scalarSource(v, s)).join(sep);
      const inner = items.length === 0 ? '' : `${pad}${body}${pad}`;
      return { key, value: items.map((i) => i.v), lines: [`${k}: [${inner}]${c === undefined ? '' : ` ${c}`}`] };
    });

/** `key:` then `  - item  # comment` lines, sometimes with comment lines between items. */
const blockEntry = (key: string): fc.Arbitrary<GeneratedEntry> =>
  fc
    .record({
      k: keyText(key),
      head: maybeComment,
      indent: fc.constantFrom('', '  ', '    '),
      items: fc.array(
        fc.record({ item: listItem, c: maybeComment, between: fc.option(comment, { nil: undefined, freq: 5 }) }),
        { minLength: 1, maxLength: 4 },
      ),
    })
    .map(({ k, head, indent, items }) => {
      const lines = [`${k}:${head === undefined ? '' : ` ${head}`}`];
      items.forEach(({ item, c, between }, i) => {
        if (between !== undefined && i > 0) lines.push(`${indent}${between}`);
        lines.push(`${indent}- ${scalarSource(item.v, item.s)}${c === undefined ? '' : ` ${c}`}`);
      });
      return { key, value: items.map(({ item }) => item.v), lines };
    });

/** `key:` then an indented map of one to three scalars. */
const nestedEntry = (key: string): fc.Arbitrary<GeneratedEntry> =>
  fc
    .uniqueArray(fc.record({ sub: fc.constantFrom('host', 'port', 'path', 'a', 'b'), v: scalarValue, s: style }), {
      minLength: 1,
      maxLength: 3,
      selector: (r) => r.sub,
    })
    .map((subs) => ({
      key,
      value: Object.fromEntries(subs.map(({ sub, v }) => [sub, v])),
      lines: [
        `${key}:`,
        ...subs.map(({ sub, v, s }) => `  ${sub}: ${scalarSource(v, s === 'plain' && v === null ? 'double' : s)}`),
      ],
    }));

/** `key: |` then literal text lines. */
const literalEntry = (key: string): fc.Arbitrary<GeneratedEntry> =>
  fc
    .array(fc.constantFrom('first line', 'second: line', '# not a comment', '---'), { minLength: 1, maxLength: 3 })
    .map((texts) => ({
      key,
      value: `${texts.join('\n')}\n`,
      lines: [`${key}: |`, ...texts.map((t) => `  ${t}`)],
    }));

/** A value spread over two lines: a quoted string or a flow list. */
const multiLineEntry = (key: string): fc.Arbitrary<GeneratedEntry> =>
  fc.constantFrom<GeneratedEntry>(
    { key, value: 'first second', lines: [`${key}: "first`, '  second"'] },
    { key, value: ['a', 'b'], lines: [`${key}: [a,`, '  b] # wrapped'] },
    { key, value: [], lines: [`${key}: [`, '  ]'] },
  );

/** A block list whose items are small maps. */
const mapItemsEntry = (key: string): fc.Arbitrary<GeneratedEntry> =>
  fc.array(fc.constantFrom('x', 'y'), { minLength: 1, maxLength: 2 }).map((names) => ({
    key,
    value: names.map((name) => ({ name, url: 'https://example.com' })),
    lines: [`${key}:`, ...names.flatMap((name) => [`  - name: ${name}`, '    url: https://example.com'])],
  }));

/** Any entry for a key, weighted towards the common shapes. */
export const entryFor = (key: string): fc.Arbitrary<GeneratedEntry> =>
  fc.oneof(
    { weight: 5, arbitrary: scalarEntry(key) },
    { weight: 2, arbitrary: flowEntry(key) },
    { weight: 3, arbitrary: blockEntry(key) },
    { weight: 1, arbitrary: nestedEntry(key) },
    { weight: 1, arbitrary: literalEntry(key) },
    { weight: 1, arbitrary: multiLineEntry(key) },
    { weight: 1, arbitrary: mapItemsEntry(key) },
  );

/** Blank lines and comment lines between entries. */
const filler = fc.array(
  fc.constantFrom('', '# a comment', '#', ' ', '# ---', '# due: YYYY-MM-DD', '#status:', '# "log": []'),
  { minLength: 1, maxLength: 2 },
);

/** A note body, often with `---` lines and sometimes without a final line ending. */
const bodyLines = fc.array(fc.constantFrom('', 'Some text.', '---', '# Heading', 'key: value', '- item', '---   '), {
  maxLength: 5,
});

/** A realistic note with frontmatter. */
export const noteArbitrary: fc.Arbitrary<GeneratedNote> = fc
  .record({
    keys: fc.uniqueArray(fc.constantFrom(...KEY_POOL), { maxLength: 7 }),
    bom: fc.boolean(),
    eol: fc.constantFrom<'\n' | '\r\n'>('\n', '\r\n'),
    body: bodyLines,
    finalEol: fc.boolean(),
  })
  .chain(({ keys, bom, eol, body, finalEol }) =>
    fc
      .tuple(
        fc.tuple(...keys.map((key) => fc.tuple(entryFor(key), fc.option(filler, { nil: undefined, freq: 3 })))),
        fc.option(filler, { nil: undefined, freq: 2 }),
        fc.option(filler, { nil: undefined, freq: 3 }),
      )
      .map(([entries, before, after]) => {
        const chunks: GeneratedNote['chunks'] = [];
        if (before !== undefined) chunks.push({ filler: before });
        for (const [entry, gap] of entries) {
          chunks.push({ entry });
          if (gap !== undefined) chunks.push({ filler: gap });
        }
        if (after !== undefined) chunks.push({ filler: after });
        const text = body.join(eol);
        return { bom, eol, chunks, body: finalEol && body.length > 0 ? text + eol : text };
      }),
  );
