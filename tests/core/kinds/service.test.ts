import { describe, expect, it } from '@jest/globals';
import { aService } from '../../builders/itemBuilders';

describe('service', () => {
  it('parses a full service in the infra group', () => {
    const item = aService()
      .with('url', 'https://cloud.example.org')
      .with('health', 'https://cloud.example.org/status.php')
      .with('expect', 200)
      .with('host', '[[NAS]]')
      .with('deploy', 'compose')
      .with('source', 'git@example.org:me/infra.git')
      .with('backup', '[[NAS nightly]]')
      .with('secrets', ['[[DB password]]', '[[Admin token]]'])
      .with('domain', '[[example.org]]')
      .item<'service'>();
    expect(item.group).toBe('infra');
    expect(item.data).toEqual({
      type: 'service',
      url: 'https://cloud.example.org',
      health: 'https://cloud.example.org/status.php',
      expect: 200,
      host: 'NAS',
      deploy: 'compose',
      source: 'git@example.org:me/infra.git',
      backup: 'NAS nightly',
      secrets: ['DB password', 'Admin token'],
      domain: 'example.org',
    });
  });

  it('keeps a service with no fields at all', () => {
    expect(aService().item<'service'>().data).toEqual({ type: 'service', secrets: [] });
  });

  it('accepts health: false to skip checks and text to expect', () => {
    const data = aService().with('health', false).with('expect', 'Welcome').item<'service'>().data;
    expect(data.health).toBe(false);
    expect(data.expect).toBe('Welcome');
    expect(aService().with('expect', '404').item<'service'>().data.expect).toBe(404);
  });

  it.each([
    ['url', 'javascript:alert(1)'],
    ['health', true],
    ['health', 'file:///x'],
    ['expect', 42],
    ['host', 'NAS'],
    ['deploy', 'docker'],
    ['backup', ['[[A]]', '[[B]]']],
    ['domain', 7],
    ['source', { repo: 'x' }],
  ])('reports a bad %s (%p) and keeps the service', (field, value) => {
    const { item, problems } = aService().with(field, value).parse();
    expect(item).not.toBeNull();
    expect(item?.data).not.toHaveProperty(field);
    expect(problems.map((p) => [p.field, p.severity])).toEqual([[field, 'error']]);
  });

  it('reports each bad secret on its index and keeps the good ones', () => {
    const { item, problems } = aService().with('secrets', ['[[A]]', 'B', 3]).parse();
    expect(item?.data).toMatchObject({ secrets: ['A'] });
    expect(problems.map((p) => p.field)).toEqual(['secrets[1]', 'secrets[2]']);
  });

  it('accepts a single link where a list of links is expected', () => {
    expect(aService().with('secrets', '[[Only one]]').item<'service'>().data.secrets).toEqual(['Only one']);
  });
});
