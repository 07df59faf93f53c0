import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { runAsync } from '../../src/cli/run';
import { NotifyRecorder } from '../support/notifyRecorder';
import { HealthFixture } from '../support/stackFixtures';
import { MemoryIo } from './support/MemoryIo';
import { TempVault } from './support/TempVault';

const vault = new TempVault('vault-stack-notify-');
const fixture = new HealthFixture();
const ntfy = new NotifyRecorder();
const hook = new NotifyRecorder();
let up = true;
const toggle = (req: IncomingMessage, res: ServerResponse): boolean => {
  if (req.url !== '/toggle') return false;
  res.writeHead(up ? 200 : 503, { 'content-type': 'text/plain' });
  res.end(up ? 'ok' : 'down for maintenance');
  return true;
};

beforeAll(async () => {
  await Promise.all([fixture.start(toggle), ntfy.start(), hook.start()]);
  vault.note('Services/Grafana.md', ['stack: service', 'title: Grafana', `url: ${fixture.url}/toggle`]);
});
afterAll(async () => {
  await Promise.all([fixture.stop(), ntfy.stop(), hook.stop()]);
  vault.remove();
});

async function verify(clock: string, env: Record<string, string> = {}, args: string[] = ['--notify']) {
  const io = new MemoryIo(vault.root, { cacheHome: join(vault.root, '.cache'), clock });
  io.env = {
    ...io.env,
    VAULT_STACK_NTFY_URL: `${ntfy.url}/homelab-alerts`,
    VAULT_STACK_NTFY_TOKEN: 'tk_AgQdq7mVBoFD37zQVN29RhuMzNIz2',
    VAULT_STACK_WEBHOOK_URL: `${hook.url}/hooks/vault-stack`,
    ...env,
  };
  const code = await runAsync(['verify', vault.root, ...args], io);
  return { code, out: io.out, err: io.err };
}

describe('verify --notify', () => {
  it('notifies each transition once, to ntfy and the webhook, and a flapping service at most once in 30 minutes', async () => {
    up = true;
    expect((await verify('2026-12-03T07:00:00')).err).toContain('0 notifications sent');
    up = false;
    expect((await verify('2026-12-03T07:05:00')).err).toContain('1 notification sent');
    expect((await verify('2026-12-03T07:10:00')).err).toContain('0 notifications sent');
    up = true;
    expect((await verify('2026-12-03T07:15:00')).err).toContain('0 notifications sent');
    up = false;
    expect((await verify('2026-12-03T07:20:00')).err).toContain('0 notifications sent');
    up = true;
    expect((await verify('2026-12-03T07:40:00')).err).toContain('1 notification sent');

    expect(ntfy.requests).toHaveLength(2);
    const [down, back] = ntfy.requests;
    expect(down).toMatchObject({
      method: 'POST',
      path: '/homelab-alerts',
      body: 'HTTP 503\nServices/Grafana.md',
      headers: {
        'content-type': 'text/plain; charset=utf-8',
        title: 'Service Grafana is down',
        priority: '4',
        tags: 'rotating_light,computer',
        click: `${fixture.url}/toggle`,
        authorization: 'Bearer tk_AgQdq7mVBoFD37zQVN29RhuMzNIz2',
      },
    });
    expect(back.headers).toMatchObject({
      title: 'Service Grafana is up again',
      priority: '3',
      tags: 'white_check_mark,computer',
    });
    expect(back.body).toBe('HTTP 200\nServices/Grafana.md');

    expect(hook.requests).toHaveLength(2);
    expect(hook.requests[0]).toMatchObject({ method: 'POST', path: '/hooks/vault-stack' });
    expect(hook.requests[0].headers['content-type']).toBe('application/json');
    expect(hook.requests[0].headers.authorization).toBeUndefined();
    expect(JSON.parse(hook.requests[0].body)).toEqual({
      source: 'vault-stack',
      title: 'Service Grafana is down',
      message: 'HTTP 503\nServices/Grafana.md',
      priority: 4,
      tags: ['rotating_light', 'computer'],
      click: `${fixture.url}/toggle`,
      path: 'Services/Grafana.md',
      check: 'health',
      from: 'ok',
      to: 'failed',
      detail: 'HTTP 503',
      at: '2026-12-03T07:05',
    });
  });

  it('tries an undelivered notification again on the next run, and says why it failed', async () => {
    up = false;
    ntfy.status = 500;
    hook.status = 500;
    const before = ntfy.requests.length;
    const failed = await verify('2026-12-03T09:00:00');
    expect(failed.err).toContain('vault-stack: warning: ntfy: "Service Grafana is down" not delivered: HTTP 500');
    expect(failed.err).toContain('0 notifications sent');
    ntfy.status = 200;
    hook.status = 200;
    expect((await verify('2026-12-03T09:05:00')).err).toContain('1 notification sent');
    expect(ntfy.requests.length - before).toBe(2);
  });

  it('needs a channel', async () => {
    const run = await verify('2026-12-03T10:00:00', { VAULT_STACK_NTFY_URL: '', VAULT_STACK_WEBHOOK_URL: '' });
    expect(run.code).toBe(2);
    expect(run.err).toContain(
      '--notify needs somewhere to send: VAULT_STACK_NTFY_URL or VAULT_STACK_WEBHOOK_URL is not set',
    );
  });
});
