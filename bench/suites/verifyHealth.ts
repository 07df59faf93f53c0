import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { nodeHttpProbe } from '../../src/cli/observe/nodeHttpProbe';
import { HealthObserver } from '../../src/core/observe/HealthObserver';
import { yamlIndex } from '../../tests/builders/yamlIndex';
import { row, type BenchSuite } from '../harness';
import { pairedMediansAsync } from '../plugin/asyncTiming';

const SUITE = 'verify';
/** Node's own fetch (undici): the floor the issue names, a bare fetch loop. */
const bareFetch = global.fetch;
const SERVICES = 200;
const HOSTS = 8;
const CONCURRENCY = { overall: 16, perHost: 4 };
/** Mixed latencies, in ms, that the loopback services answer after. */
const DELAYS = [0, 1, 3, 8, 15, 40];

// Loopback servers in a child process, so this process's CPU time is the checks' alone.
const SERVERS = `
const http = require('node:http');
const ports = [];
let open = ${HOSTS};
for (let i = 0; i < ${HOSTS}; i++) {
  const server = http.createServer((req, res) => {
    const ms = Number((req.url || '').split('/')[2] || 0);
    setTimeout(() => { res.writeHead(200, { 'content-type': 'text/plain' }); res.end('status: ok'); }, ms);
  });
  server.keepAliveTimeout = 60000;
  server.listen(0, '127.0.0.1', () => { ports.push(server.address().port); if (--open === 0) console.log(ports.join(',')); });
}
`;

async function startServers(): Promise<{ ports: number[]; child: ChildProcess }> {
  const child = spawn(process.execPath, ['-e', SERVERS], { stdio: ['ignore', 'pipe', 'inherit'] });
  const output = child.stdout;
  if (!output) throw new Error('the loopback servers have no stdout');
  const line = await new Promise<string>((resolve) => createInterface({ input: output }).once('line', resolve));
  return { ports: line.split(',').map(Number), child };
}

/**
 * 200 services' health URLs on 8 loopback servers (latencies 0–40 ms) checked by the health
 * observer (node http, keep-alive, redirects, expect, 16 at once and 4 per host), against a bare
 * loop of `fetch` with 16 workers reading the same URLs.
 */
export const verifyHealthSuite: BenchSuite = {
  name: SUITE,
  notes: [
    'verify: the health observer over 200 loopback services (8 servers in a child process, answers after 0–40 ms) against a bare fetch loop with the same 16-way concurrency (floor); CPU is this process only.',
  ],
  async run(context) {
    const { runs } = context;
    const { ports, child } = await startServers();
    try {
      const urls = Array.from(
        { length: SERVICES },
        (_, i) => `http://127.0.0.1:${ports[i % HOSTS]}/d/${DELAYS[i % DELAYS.length]}`,
      );
      const notes: Record<string, string> = {};
      urls.forEach((url, i) => (notes[`Services/s${i}.md`] = `stack: service\nhealth: ${url}\nexpect: ok`));
      const ctx = { index: yamlIndex(notes), today: '2026-12-03', now: '2026-12-03T07:30', env: {} };
      const http = nodeHttpProbe();
      const observer = new HealthObserver(http, { concurrency: CONCURRENCY });
      const floor = async (): Promise<void> => {
        let next = 0;
        const worker = async (): Promise<void> => {
          while (next < urls.length) {
            const url = urls[next++];
            const response = await bareFetch(url);
            if (!(await response.text()).includes('ok')) throw new Error(`unexpected answer from ${url}`);
          }
        };
        await Promise.all(Array.from({ length: CONCURRENCY.overall }, worker));
      };
      const measured = async (): Promise<void> => {
        const seen = await observer.observe(ctx);
        if (seen.length !== SERVICES || seen.some((o) => o.status !== 'ok')) throw new Error('a health check failed');
      };
      await floor();
      await measured();
      context.log(`${SERVICES} services on ${HOSTS} loopback servers`);
      const t = await pairedMediansAsync(Math.max(runs, 5), { measured }, floor);
      http.close();
      return [
        row(
          SUITE,
          `health checks of ${SERVICES} services (16 at once, 4 per host)`,
          'bare fetch loop, 16 workers',
          t.measured,
          { kind: 'max-ratio', value: 1.2 },
          Math.max(runs, 5),
        ),
      ];
    } finally {
      child.kill();
    }
  },
};
