import { describe, expect, it } from '@jest/globals';
import { stackBlockProblems } from '../../../src/core/query/blockProblems';
import { findStackBlocks } from '../../../src/core/query/stackBlocks';

const NOTE = [
  '# Home', // 1
  '',
  '```stack', // 3
  'kind: task',
  'filters:',
  '  and:',
  '    - status != "done"',
  '    - due < today(', // 8
  'sort: [-urgency]',
  '```',
  '',
  '~~~ stack', // 12
  'view: tabel', // 13
  '~~~',
  '```stack',
  'kind: [task', // 16
  '```',
  '````md',
  '```stack',
  'view: quoted, not a block',
  '```',
  '````',
  '```js',
  'stack',
  '```',
].join('\n');

describe('stack blocks in a note', () => {
  it('finds ```stack and ~~~stack fences with their opening line, skipping blocks quoted in a longer fence', () => {
    expect(findStackBlocks(NOTE).map((b) => b.line)).toEqual([3, 12, 15]);
    expect(findStackBlocks(NOTE)[1].source).toBe('view: tabel');
    expect(findStackBlocks('```stack\nkind: task').map((b) => b.source)).toEqual(['kind: task']);
  });

  it("gives each query error as a problem at the note's line: the fence line plus the error's line in the block", () => {
    const problems = stackBlockProblems('Home.md', NOTE);

    expect(problems.map((p) => [p.line, p.severity, p.message.replace(/:.*$/, '')])).toEqual([
      [8, 'error', 'stack block'],
      [13, 'error', 'stack block'],
      [16, 'error', 'stack block'],
    ]);
    expect(problems[0].message).toMatch(/^stack block: filters\.and\[1\] \(column \d+\): /);
    expect(problems[1].message).toContain('"tabel"');
  });

  it('turns the notes a block shows into warnings at its fence', () => {
    const problems = stackBlockProblems(
      'Home.md',
      '```stack\nkind: task\nviews:\n  - type: table\n    columnSize: {}\n```\n',
    );

    expect(problems).toEqual([
      expect.objectContaining({ line: 1, severity: 'warning', message: expect.stringContaining('columnSize') }),
    ]);
  });

  it('has nothing to say about a good block', () => {
    expect(stackBlockProblems('Home.md', '```stack\nkind: task\nfilters: overdue\n```\n')).toEqual([]);
  });

  it('reports the notes of every view of a block with several views, and an error in the second view at its line', () => {
    const note = [
      '```stack', // 1
      'views:',
      '  - type: table',
      '    columnSize: { a: 1 }',
      '  - type: map', // 5
      '    name: Places',
      '```',
      '```stack', // 8
      'views:',
      '  - type: table',
      '  - type: list',
      '    order: [due <]', // 12
      '```',
    ].join('\n');
    expect(stackBlockProblems('Home.md', note).map((p) => `${p.line} ${p.severity}: ${p.message}`)).toEqual([
      '1 warning: stack block: views[0].columnSize is a Bases display option; ignored',
      '1 warning: stack block: views[1]: a map view needs Obsidian and its Maps plugin; shown as a table',
      '12 error: stack block: views[1].order[0] (column 6): expression ends where a value was expected',
    ]);
  });
});
