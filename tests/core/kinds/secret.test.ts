import { describe, expect, it } from '@jest/globals';
import { secretState } from '../../../src/core/kinds/secret';
import { aSecret } from '../../builders/itemBuilders';

function secret(fields: Record<string, unknown>) {
  const b = aSecret();
  for (const [k, v] of Object.entries(fields)) b.with(k, v);
  return b.item<'secret'>().data;
}

describe('secret parsing', () => {
  it('parses a full secret reference', () => {
    expect(
      secret({ rotate: '90d', rotated: '2026-09-01', expires: '2027-09-01', 'used-by': ['[[Nextcloud]]'] }),
    ).toEqual({
      type: 'secret',
      store: 'pass',
      ref: 'infra/nas/restic',
      rotate: { n: 90, unit: 'd' },
      rotated: '2026-09-01',
      expires: '2027-09-01',
      usedBy: ['Nextcloud'],
    });
  });

  it('keeps a secret missing its store or ref, with one problem per missing field', () => {
    const { item, problems } = aSecret().without('store').without('ref').parse();
    expect(item?.data).toMatchObject({ store: 'other', ref: '' });
    expect(problems.map((p) => [p.field, p.message])).toEqual([
      ['store', 'is required (a secret needs the store it is kept in)'],
      ['ref', 'is required (a secret needs a ref saying where it lives)'],
    ]);
  });

  it.each([
    ['store', 'vault'],
    ['rotate', 'quarterly'],
    ['rotated', '2026-9-1'],
    ['expires', true],
    ['used-by', ['Nextcloud']],
  ])('reports a bad %s (%p)', (field, value) => {
    const { item, problems } = aSecret().with(field, value).parse();
    expect(item).not.toBeNull();
    expect(problems.map((p) => p.field)).toEqual([field === 'used-by' ? 'used-by[0]' : field]);
  });
});

describe('a secret that holds its value', () => {
  it.each(['value', 'password', 'token', 'Password', 'api_key'])(
    'reports `%s` as an error saying to keep only ref, without echoing the value',
    (field) => {
      const { item, problems } = aSecret().with(field, 'hunter2-s3cret').parse();

      expect(item).not.toBeNull();
      const problem = problems.find((p) => p.field === field);
      expect(problem).toMatchObject({
        severity: 'error',
        message: expect.stringMatching(/move the value into the store and keep only `ref`/),
      });
      expect(JSON.stringify(problems)).not.toContain('hunter2');
    },
  );

  it('says nothing about an empty value field', () => {
    expect(aSecret().with('password', '').parse().problems).toEqual([]);
  });
});

describe('secretState', () => {
  it('is due for rotation on and after rotated + rotate', () => {
    const data = secret({ rotate: '3m', rotated: '2026-08-31' });
    expect(secretState(data, '2026-11-29')).toMatchObject({ rotationDue: false, rotateBy: '2026-11-30' });
    expect(secretState(data, '2026-11-30')).toMatchObject({ rotationDue: true, rotateBy: '2026-11-30' });
  });

  it('flags a rotation policy with no rotation recorded as unknown, not due', () => {
    expect(secretState(secret({ rotate: '90d' }), '2026-11-28')).toEqual({
      rotationDue: false,
      rotationUnknown: true,
      expired: false,
    });
  });

  it('is expired from its expiry date on', () => {
    expect(secretState(secret({ expires: '2026-11-29' }), '2026-11-28')).toMatchObject({
      expired: false,
      expiresInDays: 1,
    });
    expect(secretState(secret({ expires: '2026-11-28' }), '2026-11-28')).toMatchObject({
      expired: true,
      expiresInDays: 0,
    });
    expect(secretState(secret({ expires: '2024-02-29' }), '2024-03-01')).toMatchObject({
      expired: true,
      expiresInDays: -1,
    });
  });
});
