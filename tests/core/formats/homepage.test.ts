import { describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';
import { exportHomepage } from '../../../src/core/formats/homepage';
import { yamlIndex } from '../../builders/yamlIndex';

/** A small homelab: two devices, services on each, one with its own group, one on no device. */
const homelab = yamlIndex({
  'Devices/nas.md': 'stack: device\nos: debian',
  'Devices/pi.md': 'stack: device\ntitle: Raspberry Pi',
  'Services/Immich.md': [
    'stack: service',
    'url: https://photos.example.org',
    'health: https://photos.example.org/api/server/ping',
    'host: "[[nas]]"',
    'icon: immich.png',
    'description: Photos & videos',
  ].join('\n'),
  'Services/Jellyfin.md': 'stack: service\nurl: http://nas.lan:8096\nhost: "[[nas]]"',
  'Services/Pi-hole.md': 'stack: service\nurl: http://pi.lan/admin\nhealth: false\nhost: "[[pi]]"',
  'Services/Grafana.md': 'stack: service\nurl: https://grafana.example.org\nhost: "[[nas]]"\ngroup: Monitoring',
  'Services/Blog.md': 'stack: service\nurl: https://blog.example.org',
  'Notes/Plain.md': 'stack: task',
});

describe('exportHomepage', () => {
  it("writes Homepage's services.yaml: a list of one-key groups, each a list of one-key services", () => {
    const doc = parse(exportHomepage(homelab)) as unknown;
    expect(doc).toEqual([
      {
        Monitoring: [{ Grafana: { href: 'https://grafana.example.org', siteMonitor: 'https://grafana.example.org' } }],
      },
      {
        nas: [
          {
            Immich: {
              href: 'https://photos.example.org',
              description: 'Photos & videos',
              icon: 'immich.png',
              siteMonitor: 'https://photos.example.org/api/server/ping',
            },
          },
          { Jellyfin: { href: 'http://nas.lan:8096', siteMonitor: 'http://nas.lan:8096' } },
        ],
      },
      { 'Raspberry Pi': [{ 'Pi-hole': { href: 'http://pi.lan/admin' } }] },
      { Services: [{ Blog: { href: 'https://blog.example.org', siteMonitor: 'https://blog.example.org' } }] },
    ]);
  });

  it('groups by the linked device note even when the link is written differently, and keeps a dangling host as written', () => {
    const index = yamlIndex({
      'Devices/Router.md': 'stack: device',
      'A.md': 'stack: service\nurl: https://a.example\nhost: "[[Devices/Router|the router]]"',
      'B.md': 'stack: service\nurl: https://b.example\nhost: "[[router]]"',
      'C.md': 'stack: service\nurl: https://c.example\nhost: "[[Gone box]]"',
    });
    const doc = parse(exportHomepage(index)) as Record<string, unknown[]>[];
    expect(doc.map((g) => Object.keys(g)[0])).toEqual(['Gone box', 'Router']);
    expect(doc[1].Router).toHaveLength(2);
  });

  it('quotes titles and values that YAML would otherwise misread', () => {
    const index = yamlIndex({
      'S.md': "stack: service\ntitle: 'yes: #1 [prod]'\nurl: https://x.example/?a=1&b=%20\ndescription: '- @ leading'",
    });
    const doc = parse(exportHomepage(index)) as Record<string, Record<string, Record<string, string>>[]>[];
    expect(doc[0].Services[0]['yes: #1 [prod]']).toEqual({
      href: 'https://x.example/?a=1&b=%20',
      description: '- @ leading',
      siteMonitor: 'https://x.example/?a=1&b=%20',
    });
  });

  it('writes an empty list for a vault without services', () => {
    expect(parse(exportHomepage(yamlIndex({ 'T.md': 'stack: task' })))).toEqual([]);
  });
});
