import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { parseSimpleYaml } from '../../../src/core/notes/parseSimpleYaml';

/** The oracle: the `yaml` package under the core schema, with each top-level key's line. */
function viaYaml(text: string, firstLine: number): { frontmatter: unknown; lines: Record<string, number> } | null {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { schema: 'core', lineCounter, uniqueKeys: true });
  if (doc.errors.length > 0 || !isMap(doc.contents)) return null;
  const lines: Record<string, number> = {};
  for (const pair of doc.contents.items) {
    if (isScalar(pair.key) && pair.key.range)
      lines[String(pair.key.value)] = lineCounter.linePos(pair.key.range[0]).line + firstLine - 1;
  }
  return { frontmatter: doc.toJS(), lines };
}

const scalarChars = fc.constantFrom(...'abcXYZ019 -_.:#,+~[]{}"\'\\/!&*|>%@?()eExo\t'.split(''));
const scalar = fc.oneof(
  fc.string({ unit: scalarChars, maxLength: 12 }),
  fc.constantFrom(
    '2026-11-28',
    '2026-11-28T09:30',
    'true',
    'False',
    'NULL',
    '~',
    '',
    '0o17',
    '0x1F',
    '-12',
    '+3',
    '1e3',
    '.5',
    '-.inf',
    '.NaN',
    '1_000',
    'https://example.org/a?b=c#d',
    '"[[Note]]"',
    "'it''s'",
    '"[[A, B]]"',
    '-0',
    '007',
    'yes',
  ),
);
const key = fc.constantFrom('stack', 'due', 'tags', 'depends', 'url', 'last-run', 'a_b', 'x');
const line = fc.oneof(
  fc.tuple(key, scalar).map(([k, v]) => `${k}: ${v}`),
  fc.tuple(key, fc.array(scalar, { maxLength: 4 })).map(([k, vs]) => `${k}: [${vs.join(', ')}]`),
  fc
    .tuple(key, fc.array(scalar, { minLength: 1, maxLength: 3 }), fc.constantFrom('', '  '))
    .map(([k, vs, ind]) => [`${k}:`, ...vs.map((v) => `${ind}- ${v}`)].join('\n')),
  fc.constantFrom('', '# a comment', '  indented: x', 'key:', '  - ok'),
  // Rows at the edges of a plain key: no space or a tab after the colon, odd first characters, runs of spaces.
  fc.constantFrom(
    'k:v',
    'k:\tv',
    'k :v',
    '_k: 1',
    'K-9_z: 2',
    '9k: 1',
    '-k: 1',
    'é: 1',
    'k:   spaced',
    'k: ',
    'k:',
    'k',
    ' \t',
    '\u00a0',
  ),
);

describe('parseSimpleYaml', () => {
  it('reads plain frontmatter with lines', () => {
    const text =
      'stack: task\ndue: 2026-11-30\ntags: [admin, "home"]\ndepends:\n  - "[[Passport photo]]"\n\n# note\nrating: 4';

    expect(parseSimpleYaml(text, 2)).toEqual({
      frontmatter: {
        stack: 'task',
        due: '2026-11-30',
        tags: ['admin', 'home'],
        depends: ['[[Passport photo]]'],
        rating: 4,
      },
      lines: { stack: 2, due: 3, tags: 4, depends: 5, rating: 9 },
    });
  });

  it('declines anything outside its subset', () => {
    for (const text of [
      'a: |\n  text',
      'a: &x 1\nb: *x',
      'a: {b: 1}',
      'a: "esc\\n"',
      'a: b # comment',
      'a:\n  b: 1',
      'a: 1\na: 2',
      '"quoted key": 1',
      // A no-break space is text to YAML (a key missing its colon), not a blank line.
      'a: 1\n\u00a0',
      'a:\n  - x\n\u00a0',
    ]) {
      expect(parseSimpleYaml(text, 2)).toBeNull();
    }
  });

  it('gives exactly what the yaml package gives whenever it accepts a document', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), (rows) => {
        const text = rows.join('\n');
        const fast = parseSimpleYaml(text, 2);
        if (fast === null) return;
        expect(fast).toEqual(viaYaml(text, 2));
      }),
      { numRuns: 3000 },
    );
  });

  it('accepts the frontmatter people usually write', () => {
    const usual = [
      'stack: backup\ntool: restic\nevery: day\ngrace: 6h\nlast-run: 2026-11-27T03:00\nlast-result: ok\ncovers: ["[[Nextcloud]]", "[[Photos]]"]',
      'stack: habit\ngoal: 3/week\nlog:\n- 2026-11-20\n- 2026-11-22\nstarted: 2026-09-01',
      'stack: service\nurl: https://cloud.example.org\nhealth: false\nexpect: 200\nhost: "[[nas]]"\nsecrets:\n  - "[[Nextcloud admin]]"',
    ];

    expect(usual.map((text) => parseSimpleYaml(text, 2))).not.toContain(null);
  });
});
