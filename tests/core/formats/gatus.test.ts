import { describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';
import { exportGatus, gatusConditions } from '../../../src/core/formats/gatus';
import { yamlIndex } from '../../builders/yamlIndex';

const services = yamlIndex({
  'Devices/nas.md': 'stack: device',
  'Immich.md': [
    'stack: service',
    'url: https://photos.example.org',
    'health: https://photos.example.org/api/server/ping',
    'expect: pong',
    'host: "[[nas]]"',
  ].join('\n'),
  'Minio.md':
    'stack: service\nurl: http://nas.lan:9000\nhealth: http://nas.lan:9000/minio/health/live\nexpect: 204\nhost: "[[nas]]"',
  'Pi-hole.md': 'stack: service\nurl: http://pi.lan/admin\nhealth: false',
  'Wiki.md': 'stack: service\nsource: ~/wiki',
  'Shop.md': 'stack: service\ntitle: Shop $HOME\nurl: https://shop.example.org/?q=$x',
});

describe('exportGatus', () => {
  it('writes one endpoint per checked service, with its group, interval and conditions from expect', () => {
    const doc = parse(exportGatus(services, { interval: '5m' })) as { endpoints: Record<string, unknown>[] };
    expect(doc.endpoints).toEqual([
      {
        name: 'Immich',
        group: 'nas',
        url: 'https://photos.example.org/api/server/ping',
        interval: '5m',
        conditions: ['[BODY] == pat(*pong*)', '[CERTIFICATE_EXPIRATION] > 48h'],
      },
      {
        name: 'Minio',
        group: 'nas',
        url: 'http://nas.lan:9000/minio/health/live',
        interval: '5m',
        conditions: ['[STATUS] == 204'],
      },
      {
        name: 'Shop $$HOME',
        group: 'Services',
        url: 'https://shop.example.org/?q=$$x',
        interval: '5m',
        conditions: ['[STATUS] == 200', '[CERTIFICATE_EXPIRATION] > 48h'],
      },
    ]);
  });

  it('leaves out services with health: false or nothing to check', () => {
    const names = (parse(exportGatus(services, { interval: '1m' })) as { endpoints: { name: string }[] }).endpoints.map(
      (e) => e.name,
    );
    expect(names).not.toContain('Pi-hole');
    expect(names).not.toContain('Wiki');
  });

  it('checks the status code when a service expects nothing, and the certificate only over https', () => {
    expect(gatusConditions({}, 'http://x.lan/')).toEqual(['[STATUS] == 200']);
    expect(gatusConditions({ expect: 301 }, 'HTTPS://x.example/')).toEqual([
      '[STATUS] == 301',
      '[CERTIFICATE_EXPIRATION] > 48h',
    ]);
  });

  it('writes a valid empty endpoint list for a vault without services', () => {
    expect(parse(exportGatus(yamlIndex({}), { interval: '5m' }))).toEqual({ endpoints: [] });
  });
});
