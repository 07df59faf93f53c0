import { describe, expect, it } from '@jest/globals';
import { driftEdits, driftOf } from '../../../src/core/observe/drift';
import type { Observation } from '../../../src/core/observe/Observation';
import {
  emptyObservationState,
  mergeObservations,
  observationStatePath,
  parseObservationState,
  serializeObservationState,
} from '../../../src/core/observe/ObservationState';
import { gitignoreLines } from '../../../src/git/gitignore';
import { ignoredByDefault } from '../../../src/obsidian/git/ignoredByDefault';
import { yamlIndex } from '../../builders/yamlIndex';

const seen = (path: string, check: Observation['check'], status: Observation['status'], extra = {}): Observation => ({
  path,
  check,
  status,
  at: '2026-12-03T07:30',
  detail: status,
  ...extra,
});

describe('the observation state file', () => {
  it('reads what it wrote, and a broken or foreign file as empty', () => {
    const state = mergeObservations(
      emptyObservationState(),
      [seen('a.md', 'health', 'ok', { latencyMs: 12 })],
      new Set(['health']),
    );
    expect(parseObservationState(serializeObservationState(state))).toEqual(state);
    expect(parseObservationState('{not json')).toEqual(emptyObservationState());
    expect(parseObservationState('[1,2]')).toEqual(emptyObservationState());
    expect(
      parseObservationState(JSON.stringify({ observations: { x: { path: 'a.md', check: 'smell', status: 'ok' } } })),
    ).toEqual(emptyObservationState());
  });

  it('replaces the checks that ran, keeps the others and what was last notified', () => {
    const before = {
      version: 1 as const,
      observations: {
        'health:a.md': { ...seen('a.md', 'health', 'ok'), notified: { state: 'ok' as const, at: '2026-12-01T00:00' } },
        'health:gone.md': seen('gone.md', 'health', 'ok'),
        'link:b.md': seen('b.md', 'link', 'ok'),
      },
    };
    const after = mergeObservations(before, [seen('a.md', 'health', 'failed')], new Set(['health']));
    expect(after.observations).toEqual({
      'health:a.md': { ...seen('a.md', 'health', 'failed'), notified: { state: 'ok', at: '2026-12-01T00:00' } },
      'link:b.md': seen('b.md', 'link', 'ok'),
    });
  });
});

describe('drift between notes and observations', () => {
  const index = yamlIndex({
    'example.md': 'stack: domain\nname: example.org\nexpires: 2027-01-01\ntls-expires: 2027-03-01',
    'same.md': 'stack: domain\nname: same.org\nexpires: 2027-08-14',
    'job.md': 'stack: backup\ntool: restic\nevery: day\nlast-run: 2026-12-02T02:00\nlast-result: failed',
    'newer note.md': 'stack: backup\ntool: restic\nevery: day\nlast-run: 2026-12-03T02:00\nlast-result: ok',
    'link.md': 'stack: bookmark\nurl: https://gone.example/',
    'dead already.md': 'stack: bookmark\nurl: https://gone.example/\ndead: 2026-11-01',
  });

  it('names the field, both values and the fix, only where they differ', () => {
    const drifts = driftOf(index, [
      seen('example.md', 'domain', 'ok', { facts: { expires: '2027-08-14' } }),
      seen('example.md', 'tls', 'ok', { facts: { 'tls-expires': '2027-01-03' } }),
      seen('same.md', 'domain', 'ok', { facts: { expires: '2027-08-14' } }),
      seen('job.md', 'snapshot', 'ok', { facts: { 'last-run': '2026-12-03T02:00', 'last-result': 'ok' } }),
      seen('newer note.md', 'snapshot', 'ok', { facts: { 'last-run': '2026-12-02T02:00', 'last-result': 'ok' } }),
      seen('link.md', 'link', 'failed', { facts: { dead: '2026-12-03' } }),
      seen('dead already.md', 'link', 'failed', { facts: { dead: '2026-12-03' } }),
    ]);
    expect(drifts.map((d) => d.message)).toEqual([
      'expires: the note says 2027-01-01, the registry (RDAP) says 2027-08-14; set expires: 2027-08-14',
      'tls-expires: the note says 2027-03-01, the served certificate says 2027-01-03; set tls-expires: 2027-01-03',
      "last-run: the note says 2026-12-02T02:00, the repository's newest snapshot says 2026-12-03T02:00; set last-run: 2026-12-03T02:00",
      "last-result: the note says failed, the repository's newest snapshot says ok; set last-result: ok",
      'dead: the note says nothing, the link check says 2026-12-03; mark the bookmark dead',
    ]);
    expect([...driftEdits(drifts)].map(([path, edits]) => [path, edits.length])).toEqual([
      ['example.md', 2],
      ['job.md', 2],
      ['link.md', 1],
    ]);
  });
});

describe('where the state file lives', () => {
  it('is under the plugin state folder that init ignores and vault events skip', () => {
    const config = '.config-folder';
    const path = observationStatePath(config);
    expect(path).toBe(`${config}/plugins/vault-stack/state/observations.json`);
    expect(gitignoreLines(config)).toContain(`${config}/plugins/vault-stack/state/`);
    expect(ignoredByDefault(path, config)).toBe(true);
  });
});
