import { describe, expect, test } from '@jest/globals';
import { dependencyEdges } from '../../../src/core/relations/dependencyEdges';
import { findCycles } from '../../../src/core/relations/findCycles';
import { impact } from '../../../src/core/relations/impact';
import { indexWith, note } from '../index/indexBuilder';
import { loadExampleVault } from '../../support/exampleVault';

const example = loadExampleVault().index;
const titles = (list: { title: string }[] | undefined): string[] => (list ?? []).map((r) => r.title);

describe('impact', () => {
  test('what depends on the NAS: its services, then the domains pointing at them and the backups covering them, then what needs those', () => {
    const nas = impact(example, 'Infra/Devices/nas.md');

    expect(titles(nas?.dependents)).toEqual([
      'Home Assistant',
      'Immich',
      'Nextcloud',
      'NAS nightly to B2',
      'Photos to external disk',
      'example-home.net',
      'Backblaze B2',
      'Porkbun domains',
    ]);
    const b2 = nas?.dependents.find((r) => r.title === 'Backblaze B2');
    expect(
      b2?.chain.map((e) => `${e.dependent} ${e.relation} ${e.dependency}${e.field ? ` (${e.field})` : ''}`),
    ).toEqual([
      'Money/Subscriptions/Backblaze B2.md links to Infra/Backups/NAS nightly to B2.md (service)',
      'Infra/Backups/NAS nightly to B2.md covers Infra/Services/Home Assistant.md',
      'Infra/Services/Home Assistant.md runs on Infra/Devices/nas.md',
    ]);
    expect(nas?.dependencies).toEqual([]);
  });

  test('what a service depends on: its device and its secrets, each with the relation that links them', () => {
    const nextcloud = impact(example, 'Infra/Services/Nextcloud.md');

    expect(nextcloud?.dependencies.map((r) => [r.title, r.chain.map((e) => e.relation)])).toEqual([
      ['nas', ['runs on']],
      ['Nextcloud admin password', ['uses']],
    ]);
    expect(titles(nextcloud?.dependents)).toEqual([
      'NAS nightly to B2',
      'example-home.net',
      'Backblaze B2',
      'Porkbun domains',
    ]);
  });

  test('services using a secret, whichever side declares the link', () => {
    const index = indexWith({
      'a.md': note.service({ secrets: ['[[token]]'] }),
      'b.md': note.service(),
      'token.md': note.secret({ 'used-by': ['[[b]]'] }),
    });

    expect(titles(impact(index, 'token.md')?.dependents)).toEqual(['a', 'b']);
  });

  test('a link both ways is one edge, and a link to a plain note is no dependency', () => {
    const index = indexWith({
      'svc.md': note.service({ backup: '[[job]]', source: 'x' }),
      'job.md': note.backup({ covers: ['[[svc]]', '[[readme]]'] }),
      'readme.md': note.plain(),
    });

    expect(dependencyEdges(index)).toEqual([{ dependent: 'job.md', dependency: 'svc.md', relation: 'covers' }]);
  });

  test('a cycle is reported once and does not stop the walk', () => {
    const index = indexWith({
      'a.md': note.task({ depends: ['[[b]]'] }),
      'b.md': note.task({ depends: ['[[c]]'] }),
      'c.md': note.task({ depends: ['[[a]]'] }),
      'd.md': note.task({ depends: ['[[a]]'] }),
    });

    const a = impact(index, 'a.md');

    expect(titles(a?.dependents)).toEqual(['c', 'd', 'b']);
    expect(titles(a?.dependencies)).toEqual(['b', 'c']);
    expect(a?.cycles).toEqual([['a.md', 'b.md', 'c.md']]);
  });

  test('two separate cycles are two reports, each starting at its smallest path', () => {
    const edge = (dependent: string, dependency: string) => ({ dependent, dependency, relation: 'depends on' });

    expect(
      findCycles([edge('b', 'a'), edge('a', 'b'), edge('y', 'x'), edge('x', 'z'), edge('z', 'y'), edge('q', 'a')]),
    ).toEqual([
      ['a', 'b'],
      ['x', 'z', 'y'],
    ]);
  });

  test('a note that is not an item has no impact', () => {
    expect(impact(example, 'Homelab.md')).toBeNull();
  });
});
