import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { icsStamp } from '../../src/cli/formats/icsFormat';
import { runAsync } from '../../src/cli/run';
import { khalAvailability, khalPrintics } from '../support/icalParsers';
import { MemoryIo } from './support/MemoryIo';
import { TempVault } from './support/TempVault';

async function cli(argv: string[], cwd: string): Promise<MemoryIo & { code: number }> {
  const io = new MemoryIo(cwd, { cacheHome: join(cwd, '.cache-home') });
  const code = await runAsync(argv, io);
  return Object.assign(io, { code });
}

describe('vault-stack export ics', () => {
  let vault: TempVault;

  beforeAll(() => {
    vault = new TempVault()
      .note('Tasks/Renew passport.md', ['stack: task', 'due: 2026-12-10', 'every: year'])
      .note('Tasks/Undated.md', ['stack: task'])
      .note('Infra/example.com.md', ['stack: domain', 'name: example.com', 'expires: 2027-02-01']);
  });
  afterAll(() => vault.remove());

  it('prints a feed whose DTSTAMP is the --today moment, the same bytes on every run', async () => {
    const first = await cli(['export', 'ics', vault.root, '--today', '2026-12-03', '--no-cache'], vault.root);
    const second = await cli(['export', 'ics', vault.root, '--today', '2026-12-03', '--no-cache'], vault.root);
    expect(first.code).toBe(0);
    expect(first.out).toBe(second.out);
    expect(first.out).toContain(`\r\nDTSTAMP:${icsStamp('2026-12-03T00:00')}\r\n`);
    expect(first.out.match(/\r\nBEGIN:VEVENT\r\n/g)).toHaveLength(2);
    expect(first.err).toBe('calendar: 2 events\n');
  });

  it('writes VTODOs with --todo into --out FILE', async () => {
    const out = join(vault.root, 'out', 'stack.ics');
    const run = await cli(
      ['export', 'ics', '.', '--todo', '--out', out, '--today', '2026-12-03', '--no-cache'],
      vault.root,
    );
    expect(run.code).toBe(0);
    expect(run.err).toBe(`calendar: 1 event, 2 to-dos → ${out}\n`);
    const text = readFileSync(out, 'utf8');
    expect(text.match(/\r\nBEGIN:VTODO\r\n/g)).toHaveLength(2);
    expect(text).toContain('\r\nDUE;VALUE=DATE:20261210\r\nSUMMARY:Renew passport\r\n');
  });

  it('gives DTSTAMP in UTC for a local moment', () => {
    expect(icsStamp('2026-12-03T10:15')).toMatch(/^20261203T\d{6}Z$|^2026120[24]T\d{6}Z$/);
  });

  const khal = khalAvailability();
  (khal.run ? it : it.skip)('prints a feed khal reads', async () => {
    const run = await cli(['export', 'ics', vault.root, '--today', '2026-12-03', '--no-cache'], vault.root);
    const { found, events } = khalPrintics(run.out);
    expect(found).toBe(2);
    expect(events.map((e) => [e.title, e.start, e.repeat]).sort()).toEqual([
      ['Domain example.com expires', '2027-02-01', ''],
      ['Renew passport', '2026-12-10', 'FREQ=YEARLY'],
    ]);
  });
});
