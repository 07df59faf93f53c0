import { describe, expect, test } from '@jest/globals';
import { buildOverview } from '../../../src/core/overview/buildOverview';
import { GRAPH_SPLIT_NODES, relationGraphs } from '../../../src/core/overview/relationMermaid';
import { dependencyEdges } from '../../../src/core/relations/dependencyEdges';
import { indexWith, note } from '../index/indexBuilder';
import { loadExampleVault } from '../../support/exampleVault';

const MOMENT = { today: '2026-11-28', now: '2026-11-28T09:00' };

describe('stack overview', () => {
  const text = buildOverview(loadExampleVault().index, MOMENT);

  test('counts, unhealthy items, one relation graph, then per group and kind a table with key fields and state', () => {
    expect(text.split('\n')[0]).toBe(
      '51 items (22 infra, 3 kitchen, 8 knowledge, 4 money, 14 workflow); 0 errors, 0 warnings. Your kinds: recipe, subscription.',
    );
    expect(text).toContain(
      '- **critical**: [[Infra/Backups/Photos to external disk|Photos to external disk]] (backup): last run 2026-11-23 10:30 failed',
    );
    expect(text.match(/```mermaid/g)).toHaveLength(1);
    expect(text).toContain(
      '### service (6)\n\n| service | host | deploy | url | state |\n| --- | --- | --- | --- | --- |',
    );
    expect(text).toContain(
      '| [[Infra/Services/Nextcloud\\|Nextcloud]] | [[nas]] | compose | https://cloud.example-home.net | ok |',
    );
    expect(text.indexOf('## infra')).toBeLessThan(text.indexOf('## workflow'));
    expect(text).toContain('### subscription (4)\n\n| subscription | cost | cycle | renews | service | state |');
  });

  test('the graph draws what is needed pointing at what needs it', () => {
    expect(text).toMatch(/n\d+\["nas"\] -->|"hosts"|/);
    const graph = text.slice(text.indexOf('```mermaid'), text.indexOf('```', text.indexOf('```mermaid') + 3));
    expect(graph).toContain('["nas"]');
    expect(graph).toContain('[("NAS nightly to B2")]');
    expect(graph).toContain('{{"Nextcloud admin password"}}');
    expect(graph).toContain('>"example-home.net"]');
  });

  test('a stack over the node limit gets one graph per device and one for the rest', () => {
    const notes: Record<string, Record<string, unknown>> = {
      'a.md': note.device(),
      'b.md': note.device(),
      'lone.md': note.task({ depends: ['[[other]]'] }),
      'other.md': note.task(),
    };
    for (let i = 0; i < GRAPH_SPLIT_NODES; i++)
      notes[`s${i}.md`] = note.service({ host: i % 2 === 0 ? '[[a]]' : '[[b]]' });
    const index = indexWith(notes);

    const graphs = relationGraphs(index, dependencyEdges(index));

    expect(graphs.map((g) => [g.heading, g.lines.filter((l) => l.includes('-->')).length])).toEqual([
      ['a', 20],
      ['b', 20],
      ['Not on a device', 1],
    ]);
  });

  test('labels with quotes, hashes and angle brackets cannot break out of the graph', () => {
    const index = indexWith({
      'd.md': note.device({ title: 'A "quoted" <b>#1</b>' }),
      's.md': note.service({ host: '[[d]]' }),
    });

    expect(relationGraphs(index, dependencyEdges(index))[0].lines).toContain(
      '  n1["A #quot;quoted#quot; #lt;b#gt;#35;1#lt;/b#gt;"]',
    );
  });
});
