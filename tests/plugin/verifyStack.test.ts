/** @jest-environment jsdom */
import './support/textCodec';
import { afterAll, afterEach, beforeAll, describe, expect, jest, test } from '@jest/globals';
import { DASHBOARD_VIEW_TYPE, DashboardView } from '../../src/obsidian/DashboardView';
import { RDAP_BOOTSTRAP_URL } from '../../src/core/observe/rdap';
import {
  clearNotices,
  noticeMessages,
  readVaultFile,
  setRequestHandler,
  takeHandlerErrors,
  type App,
} from '../host/testing';
import { sendOverLoopback } from '../support/loopbackRequest';
import { rdapRoutes } from '../support/rdapFixture';
import { HealthFixture, refusedUrl } from '../support/stackFixtures';
import { note } from './support/fixtures';
import { loadedPlugin, run, settled } from './support/pluginHarness';

const fixture = new HealthFixture();
let refused = '';
beforeAll(async () => {
  await fixture.start(rdapRoutes(() => fixture.url, { 'example.test': '2027-08-14' }));
  refused = await refusedUrl();
  // requestUrl over real loopback HTTP; IANA's bootstrap file answered from the fixture; failures worded as Electron's.
  setRequestHandler(async (param) => {
    const url = param.url === RDAP_BOOTSTRAP_URL ? `${fixture.url}/bootstrap/dns.json` : param.url;
    try {
      const answer = await sendOverLoopback({ ...param, url });
      return { status: answer.status, headers: answer.headers, arrayBuffer: answer.arrayBuffer };
    } catch (error) {
      const code = (error as { code?: string }).code;
      throw new Error(code === 'ECONNREFUSED' ? 'net::ERR_CONNECTION_REFUSED' : `net::ERR_FAILED (${code})`);
    }
  });
});
afterAll(async () => {
  setRequestHandler(null);
  await fixture.stop();
});
afterEach(() => {
  clearNotices();
  expect(takeHandlerErrors()).toEqual([]);
});

function vault(): Record<string, string> {
  return {
    'Services/Grafana.md': note('stack: service', 'title: Grafana', `health: ${fixture.url}/ok`),
    'Services/Nextcloud.md': note('stack: service', 'title: Nextcloud', `url: ${fixture.url}/fail`),
    'Services/Old box.md': note('stack: service', 'title: Old box', `health: ${refused}/`),
    'Domains/example.test.md': note('stack: domain', 'name: example.test', 'expires: 2027-01-01'),
  };
}

function dashboard(app: App): HTMLElement {
  const view = app.workspace.getLeavesOfType(DASHBOARD_VIEW_TYPE)[0]?.view;
  if (!(view instanceof DashboardView)) throw new Error('no dashboard');
  return view.contentEl;
}

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !condition(); i++) await new Promise((r) => window.setTimeout(r, 20));
}

describe('"Verify stack now" in the plugin', () => {
  test('checks health and RDAP through requestUrl, stores the observations, and the dashboard shows dots, latency and drift', async () => {
    const { app, plugin } = await loadedPlugin(vault());
    await plugin.context.openDashboard();

    run(app, 'verify-stack-now');
    await until(() => noticeMessages().some((m) => m.includes('checks:')));
    await new Promise((r) => window.setTimeout(r, 260));

    expect(noticeMessages()).toContain('Verifying the stack…');
    expect(noticeMessages().find((m) => m.includes('checks:'))).toBe(
      '5 checks: 2 ok, 2 failed, 1 unknown; 1 field drifted (see the dashboard)',
    );
    const state = JSON.parse(
      readVaultFile(app, `${app.vault.configDir}/plugins/vault-stack/state/observations.json`),
    ) as {
      observations: Record<string, { status: string; detail: string }>;
    };
    expect(
      Object.fromEntries(Object.entries(state.observations).map(([k, o]) => [k, `${o.status}: ${o.detail}`])),
    ).toEqual({
      'domain:Domains/example.test.md':
        'ok: registration expires 2027-08-14 (in 259 days), registrar Example Registrar, Inc.',
      'health:Services/Grafana.md': 'ok: HTTP 200',
      'health:Services/Nextcloud.md': 'failed: HTTP 500',
      'health:Services/Old box.md': 'failed: connection refused',
      // The host is the desktop app: the certificate is looked for with node's tls, and example.test does not resolve.
      'tls:Domains/example.test.md': 'unknown: no certificate read: DNS: no such host example.test',
    });

    const el = dashboard(app);
    const dots = [...el.querySelectorAll('.vault-stack-services .vault-stack-status-dot')].map((d) => d.className);
    expect(dots).toEqual([
      'vault-stack-status-dot vault-stack-status-up',
      'vault-stack-status-dot vault-stack-status-down',
      'vault-stack-status-dot vault-stack-status-down',
    ]);
    expect(el.querySelector('.vault-stack-services .vault-stack-latency')?.textContent).toMatch(/^\d+ ms$/);
    const drift = [...el.querySelectorAll('.vault-stack-attention-list li')].find((li) =>
      li.textContent?.includes('expires: the note says 2027-01-01'),
    );
    expect(drift?.querySelector('.vault-stack-reason')?.textContent).toBe(
      'expires: the note says 2027-01-01, the registry (RDAP) says 2027-08-14; set expires: 2027-08-14',
    );

    drift?.querySelector<HTMLButtonElement>('button.vault-stack-update-note')?.click();
    await settled(app);
    await new Promise((r) => window.setTimeout(r, 260));

    expect(readVaultFile(app, 'Domains/example.test.md')).toBe(
      note('stack: domain', 'name: example.test', 'expires: 2027-08-14'),
    );
    expect(dashboard(app).textContent).not.toContain('expires: the note says');
  });

  test('the dashboard redraws on a new observation state, not on a re-render with the same one', async () => {
    const { app, plugin } = await loadedPlugin(vault());
    await plugin.context.openDashboard();
    const view = app.workspace.getLeavesOfType(DASHBOARD_VIEW_TYPE)[0]?.view as DashboardView;

    expect(view.refresh()).toBe(false);
    await plugin.context.observation.store.save(plugin.context.observation.store.state);
    expect(view.refresh()).toBe(true);
    expect(view.refresh()).toBe(false);
  });
});

describe('the verify interval', () => {
  test('is off by default, runs every set number of minutes once set, and stops when set back to 0', async () => {
    const { plugin } = await loadedPlugin(vault());
    const { verifier } = plugin.context.observation;
    const runs: number[] = [];
    verifier.run = () => {
      runs.push(runs.length);
      return Promise.resolve({
        observations: [],
        drifts: [],
        state: plugin.context.observation.store.state,
        notified: null,
      });
    };
    expect(plugin.settings.observe.intervalMinutes).toBe(0);
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
    try {
      jest.advanceTimersByTime(10 * 60_000);
      expect(runs).toHaveLength(0);
      plugin.settings.observe.intervalMinutes = 5;
      plugin.context.observation.settingsChanged();
      jest.advanceTimersByTime(11 * 60_000);
      expect(runs).toHaveLength(2);
      plugin.settings.observe.intervalMinutes = 0;
      plugin.context.observation.settingsChanged();
      jest.advanceTimersByTime(30 * 60_000);
      expect(runs).toHaveLength(2);
    } finally {
      jest.useRealTimers();
    }
  });
});
