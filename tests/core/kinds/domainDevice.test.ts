import { describe, expect, it } from '@jest/globals';
import { deviceState } from '../../../src/core/kinds/device';
import { domainState } from '../../../src/core/kinds/domain';
import { aDevice, aDomain } from '../../builders/itemBuilders';

describe('domain', () => {
  it('parses a full domain', () => {
    const data = aDomain()
      .with('registrar', 'Gandi')
      .with('expires', '2027-03-01')
      .with('dns', 'deSEC')
      .with('tls-expires', '2026-12-20')
      .with('auto-renew', true)
      .item<'domain'>().data;
    expect(data).toEqual({
      type: 'domain',
      name: 'example.org',
      registrar: 'Gandi',
      expires: '2027-03-01',
      dns: 'deSEC',
      tlsExpires: '2026-12-20',
      autoRenew: true,
    });
  });

  it('requires a name, keeping the item under its title so expiry is still tracked', () => {
    const { item, problems } = aDomain()
      .without('name')
      .at('Infra/example.net.md')
      .with('expires', '2027-01-01')
      .parse();
    expect(item?.data).toMatchObject({ name: 'example.net', expires: '2027-01-01' });
    expect(problems).toEqual([
      expect.objectContaining({ field: 'name', message: 'is required (a domain needs its name)' }),
    ]);
  });

  it.each([
    ['expires', '2027-02-29'],
    ['tls-expires', 20270101],
    ['auto-renew', 'yes'],
    ['registrar', ['a']],
  ])('reports a bad %s (%p)', (field, value) => {
    const { item, problems } = aDomain().with(field, value).parse();
    expect(item).not.toBeNull();
    expect(problems.map((p) => p.field)).toEqual([field]);
  });

  it('counts days until registration and certificate expiry, negative once past', () => {
    const data = aDomain().with('expires', '2026-12-01').with('tls-expires', '2026-11-20').item<'domain'>().data;
    expect(domainState(data, '2026-11-28')).toEqual({ expiresInDays: 3, tlsExpiresInDays: -8 });
    expect(domainState(aDomain().item<'domain'>().data, '2026-11-28')).toEqual({});
  });

  it('counts across a leap day', () => {
    const data = aDomain().with('expires', '2028-03-01').item<'domain'>().data;
    expect(domainState(data, '2028-02-28').expiresInDays).toBe(2);
  });
});

describe('device', () => {
  it('parses a device, a single bootstrap step becoming a list', () => {
    expect(
      aDevice()
        .with('os', 'NixOS')
        .with('role', 'NAS')
        .with('bootstrap', 'nixos-install --flake .#nas')
        .with('acquired', '2023-05-01')
        .with('warranty', '2026-05-01')
        .item<'device'>().data,
    ).toEqual({
      type: 'device',
      os: 'NixOS',
      role: 'NAS',
      bootstrap: ['nixos-install --flake .#nas'],
      acquired: '2023-05-01',
      warranty: '2026-05-01',
    });
  });

  it('reports a bootstrap step that is not text on its index', () => {
    const { item, problems } = aDevice()
      .with('bootstrap', ['flash', { step: 2 }])
      .parse();
    expect(item?.data).toMatchObject({ bootstrap: ['flash'] });
    expect(problems.map((p) => p.field)).toEqual(['bootstrap[1]']);
  });

  it('counts days until the warranty ends', () => {
    expect(deviceState(aDevice().with('warranty', '2026-12-28').item<'device'>().data, '2026-11-28')).toEqual({
      warrantyEndsInDays: 30,
    });
    expect(deviceState(aDevice().item<'device'>().data, '2026-11-28')).toEqual({});
  });
});
