import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseQuery } from '../../../src/core/query/parseQuery';

const DOC = readFileSync(join(__dirname, '../../../docs/queries.md'), 'utf8');
const blocks = [...DOC.matchAll(/^```stack\n([\s\S]*?)^```$/gm)].map((m) => m[1]);

describe('docs/queries.md', () => {
  it('has a dozen examples or more', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(12);
  });

  it.each(blocks.map((b) => [b.split('\n').slice(0, 2).join(' | '), b]))('parses the example %s', (_, block) => {
    const r = parseQuery(block);
    expect(r.ok ? 'ok' : r.errors.map((e) => e.message).join('\n')).toBe('ok');
  });
});
