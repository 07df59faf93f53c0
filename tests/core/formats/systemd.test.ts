import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execArgument, exportSystemd, onCalendar, slug } from '../../../src/core/formats/systemd';
import type { Recurrence } from '../../../src/core/model/Item';
import { calendarElapses, systemdAnalyze, systemdAnalyzeAvailability } from '../../support/systemdAnalyze';
import { yamlIndex } from '../../builders/yamlIndex';

const tool = systemdAnalyzeAvailability();
if (!tool.run) console.warn(tool.reason);
const describeTool = tool.run ? describe : describe.skip;

const HOUR = 3600_000;
const DAY = 24 * HOUR;

/** Cadences as people write them, with the longest gap a job on that cadence may have between runs. */
const CADENCES: [string, number][] = [
  ['1h', HOUR],
  ['6h', 6 * HOUR],
  ['5h', 5 * HOUR],
  ['12 hours', 12 * HOUR],
  ['day', DAY],
  ['1d', DAY],
  ['3d', 3 * DAY],
  ['30 days', 30 * DAY],
  ['weekday', 3 * DAY],
  ['week', 7 * DAY],
  ['week on wed', 7 * DAY],
  ['2 weeks', 14 * DAY],
  ['4 weeks', 28 * DAY],
  ['6 weeks', 42 * DAY],
  ['month', 31 * DAY],
  ['month on 31', 31 * DAY],
  ['3 months', 92 * DAY],
  ['year', 366 * DAY],
  ['2 years', 731 * DAY],
];

/** A vault with one backup job per cadence, each with a command. */
function jobsVault(): ReturnType<typeof yamlIndex> {
  return yamlIndex(
    Object.fromEntries(
      CADENCES.map(([every], i) => [
        `Backups/Job ${i}.md`,
        `stack: backup\ntool: restic\nevery: ${every}\ncommand: restic backup --json /srv`,
      ]),
    ),
  );
}

function calendarOf(every: string): string {
  const index = yamlIndex({ 'J.md': `stack: backup\ntool: restic\nevery: ${every}\ncommand: [restic]` });
  const timer = exportSystemd(index, { vault: '/v', bin: ['/usr/bin/env', 'vault-stack'] }).files[1].text;
  return /^OnCalendar=(.*)$/m.exec(timer)?.[1] ?? '';
}

describe('onCalendar', () => {
  it('writes the calendar expressions people know for the usual cadences', () => {
    const r = (n: number, unit: Recurrence['unit']): Recurrence => ({ n, unit, whenDone: false, text: '' });
    expect(onCalendar(r(6, 'hour'))).toBe('*-*-* 00/6:00:00');
    expect(onCalendar(r(1, 'day'))).toBe('daily');
    expect(onCalendar(r(1, 'week'))).toBe('weekly');
    expect(onCalendar(r(1, 'month'))).toBe('monthly');
    expect(onCalendar(r(1, 'year'))).toBe('yearly');
  });
});

describe('exportSystemd', () => {
  it('writes a oneshot service running `vault-stack backup run <job> <vault> -- <command>` and a persistent timer', () => {
    const index = yamlIndex({
      'Infra/NAS nightly.md':
        'stack: backup\ntool: restic\nevery: 6h\ncommand: [restic, backup, --json, /srv/my files]',
    });
    const { files, skipped } = exportSystemd(index, { vault: '/home/ana/vault', bin: ['/usr/bin/env', 'vault-stack'] });
    expect(skipped).toEqual([]);
    expect(files.map((f) => f.path)).toEqual(['vault-stack-nas-nightly.service', 'vault-stack-nas-nightly.timer']);
    expect(files[0].text).toContain(
      'ExecStart=/usr/bin/env vault-stack backup run "Infra/NAS nightly.md" /home/ana/vault -- restic backup --json "/srv/my files"\n',
    );
    expect(files[0].text).toContain('Type=oneshot\n');
    expect(files[1].text).toContain('OnCalendar=*-*-* 00/6:00:00\nPersistent=true\n');
  });

  it('skips jobs without a command, saying why, and gives same-titled jobs distinct unit names', () => {
    const index = yamlIndex({
      'A/Nightly.md': 'stack: backup\ntool: restic\nevery: day\ncommand: restic backup /a',
      'B/Nightly.md': 'stack: backup\ntool: borg\nevery: day\ncommand: borg create ::x /b',
      'Sync.md': 'stack: backup\ntool: syncthing\nevery: day',
    });
    const { files, skipped } = exportSystemd(index, { vault: '/v', bin: ['/opt/vault-stack'] });
    expect(files.map((f) => f.path)).toEqual([
      'vault-stack-nightly.service',
      'vault-stack-nightly.timer',
      'vault-stack-nightly-2.service',
      'vault-stack-nightly-2.timer',
    ]);
    expect(skipped).toEqual([{ path: 'Sync.md', reason: expect.stringContaining('no `command`') as unknown }]);
  });

  it('keeps % and $ literal and quotes arguments with spaces, quotes or backslashes', () => {
    expect(execArgument('/srv/plain-path_1.2')).toBe('/srv/plain-path_1.2');
    expect(execArgument('100%')).toBe('100%%');
    expect(execArgument('$HOME')).toBe('$$HOME');
    expect(execArgument('a "b" c\\d')).toBe('"a \\"b\\" c\\\\d"');
    expect(slug('Café → B2 (nightly)')).toBe('cafe-b2-nightly');
  });
});

describeTool('exportSystemd under systemd-analyze', () => {
  it('gives every cadence an OnCalendar that systemd accepts and that never leaves a longer gap than the cadence', () => {
    for (const [every, longest] of CADENCES) {
      const expression = calendarOf(every);
      // Across a year's end and a February: where systemd's own repetition (`01/14`) skips a run.
      for (const base of ['2026-12-20 00:00:01', '2027-02-20 00:00:01']) {
        const { times } = calendarElapses(expression, base, 40);
        expect(times.length).toBe(40);
        const gaps = times.slice(1).map((t, i) => t - times[i]);
        const worst = Math.max(times[0] - Date.parse(base.replace(' ', 'T') + 'Z'), ...gaps);
        if (worst > longest)
          throw new Error(`every ${every} → OnCalendar=${expression}: a gap of ${worst / HOUR} h after ${base}`);
      }
    }
  });

  it('writes 6h as the expression systemd normalises to *-*-* 00/6:00:00', () => {
    expect(calendarElapses(calendarOf('6h'), '2026-01-01 00:00:01', 2).normalized).toBe('*-*-* 00/6:00:00');
  });

  it('writes unit files systemd-analyze verify accepts without a single complaint', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vault-stack-systemd-'));
    try {
      const { files } = exportSystemd(jobsVault(), { vault: dir, bin: ['/usr/bin/env', 'vault-stack'] });
      for (const f of files) writeFileSync(join(dir, f.path), f.text);
      const units = readdirSync(dir).sort();
      expect(units).toHaveLength(2 * CADENCES.length);
      const r = systemdAnalyze(['verify', '--man=no', ...units], dir);
      expect({ status: r.status, output: (r.stdout + r.stderr).trim() }).toEqual({ status: 0, output: '' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads the output too: verify exits 0 on a misspelt key and only says so in its log', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vault-stack-systemd-'));
    try {
      const { files } = exportSystemd(jobsVault(), { vault: dir, bin: ['/usr/bin/env', 'vault-stack'] });
      writeFileSync(join(dir, files[0].path), files[0].text);
      writeFileSync(join(dir, files[1].path), files[1].text.replace('Persistent=', 'Persistant='));
      const r = systemdAnalyze(['verify', '--man=no', files[0].path, files[1].path], dir);
      expect(r.status).toBe(0);
      expect(r.stdout + r.stderr).toContain("Unknown key 'Persistant' in section [Timer], ignoring");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
