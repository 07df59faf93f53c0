import { describe, expect, it } from '@jest/globals';
import { headerText, noticeOf, ntfyRequest } from '../../../src/core/observe/notice';
import type { Observation } from '../../../src/core/observe/Observation';
import { mergeObservations, emptyObservationState } from '../../../src/core/observe/ObservationState';
import { transitions, withNotified } from '../../../src/core/observe/transitions';

const seen = (check: Observation['check'], status: Observation['status'], warning = false): Observation => ({
  path: 'Domains/example.org.md',
  check,
  status,
  at: '2026-12-03T07:30',
  detail: `${status}${warning ? ' soon' : ''}`,
  ...(warning ? { warning } : {}),
});

function stateWith(observation: Observation, notified: 'ok' | 'warning' | 'failed') {
  const state = mergeObservations(emptyObservationState(), [observation], new Set([observation.check]));
  return withNotified(state, `${observation.check}:${observation.path}`, { state: notified, at: '2026-12-01T00:00' });
}

describe('transitions worth a notification', () => {
  it('a certificate entering its warning window, a backup going stale, a secret going dangling', () => {
    const cases: [Observation, 'ok' | 'warning' | 'failed', string][] = [
      [seen('tls', 'ok', true), 'ok', 'Certificate of example.org expires soon'],
      [seen('domain', 'failed'), 'warning', 'Domain example.org has expired or is not registered'],
      [seen('snapshot', 'failed'), 'ok', 'Backup example.org is stale or failing'],
      [seen('secret-ref', 'failed'), 'ok', 'Secret reference example.org is dangling'],
    ];
    for (const [observation, before, title] of cases) {
      const found = transitions(stateWith(observation, before), [observation], '2026-12-03T07:30').transitions;
      expect(found).toHaveLength(1);
      expect(noticeOf(found[0], 'example.org').title).toBe(title);
    }
  });

  it('nothing for an unchanged state, an unknown, or a link', () => {
    const same = seen('tls', 'ok', true);
    expect(transitions(stateWith(same, 'warning'), [same], '2026-12-03T07:30').transitions).toEqual([]);
    const unknown = seen('health', 'unknown');
    expect(transitions(stateWith(unknown, 'ok'), [unknown], '2026-12-03T07:30').transitions).toEqual([]);
    const link = seen('link', 'failed');
    expect(transitions(stateWith(link, 'ok'), [link], '2026-12-03T07:30')).toEqual({ transitions: [], firstSeen: [] });
  });
});

describe('the ntfy publish request', () => {
  it('sends a non-ASCII title RFC 2047-encoded and the token as a bearer', () => {
    expect(headerText('Service Grafana is down')).toBe('Service Grafana is down');
    expect(headerText('Service Café is down')).toBe('=?UTF-8?B?U2VydmljZSBDYWbDqSBpcyBkb3du?=');
    const transition = transitions(
      stateWith(seen('health', 'failed'), 'ok'),
      [seen('health', 'failed')],
      '2026-12-03T07:30',
    ).transitions[0];
    const request = ntfyRequest(noticeOf(transition, 'Café', 'https://cafe.lan/'), 'https://ntfy.sh/alerts', 'tk_x');
    expect(request).toEqual({
      url: 'https://ntfy.sh/alerts',
      method: 'POST',
      headers: {
        'Content-Type': 'text/plain; charset=utf-8',
        Title: '=?UTF-8?B?U2VydmljZSBDYWbDqSBpcyBkb3du?=',
        Priority: '4',
        Tags: 'rotating_light,computer',
        Click: 'https://cafe.lan/',
        Authorization: 'Bearer tk_x',
      },
      body: 'failed\nDomains/example.org.md',
      timeoutMs: 10_000,
    });
  });
});
