// Debian's systemd-analyze as the oracle for exported calendar expressions and unit files.
import { spawnSync } from 'node:child_process';

/** Whether `systemd-analyze` runs here; skipped (with a reason) only outside CI. */
export function systemdAnalyzeAvailability(): { run: boolean; reason: string } {
  const probe = spawnSync('systemd-analyze', ['--version'], { encoding: 'utf8' });
  if (probe.status === 0) return { run: true, reason: '' };
  if (process.env.CI)
    throw new Error('`systemd-analyze` is missing; CI must install systemd for the systemd export tests');
  return {
    run: false,
    reason: 'systemd export tests skipped: `systemd-analyze` is missing (apt-get install -y systemd; required in CI)',
  };
}

/** What `systemd-analyze ARGS` did: its exit status and both outputs. */
export interface AnalyzeRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `systemd-analyze ARGS` in UTC from `cwd`. */
export function systemdAnalyze(args: string[], cwd?: string): AnalyzeRun {
  const r = spawnSync('systemd-analyze', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, TZ: 'UTC', SYSTEMD_PAGER: '', SYSTEMD_COLORS: '0' },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The next `iterations` times (ms since the epoch, UTC) a calendar expression fires after `base` (`YYYY-MM-DD HH:mm:ss`). */
export function calendarElapses(
  expression: string,
  base: string,
  iterations: number,
): { normalized: string; times: number[] } {
  const r = systemdAnalyze(['calendar', `--iterations=${iterations}`, `--base-time=${base} UTC`, expression]);
  if (r.status !== 0) throw new Error(`systemd-analyze calendar '${expression}' failed: ${r.stderr}`);
  const normalized = /Normalized form: (.*)/.exec(r.stdout)?.[1] ?? '';
  const times = [...r.stdout.matchAll(/(?:Next elapse|Iter\. #\d+): \w+ (\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d) UTC/g)].map(
    (m) => Date.parse(`${m[1]}T${m[2]}Z`),
  );
  return { normalized, times };
}
