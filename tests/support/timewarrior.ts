// The real Timewarrior 1.4 (Debian `timewarrior`) as a test oracle, in a throwaway TIMEWARRIORDB.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Whether the `timew` binary is on PATH; skipped (with a reason) only outside CI. */
export function timewAvailability(): { run: boolean; reason: string } {
  try {
    execFileSync('timew', ['--version'], { stdio: 'pipe' });
    return { run: true, reason: '' };
  } catch {
    if (process.env.CI) throw new Error('`timew` is missing; CI must install timewarrior for the Timewarrior tests');
    return {
      run: false,
      reason: 'Timewarrior tests skipped: `timew` is missing (apt-get install -y timewarrior; required in CI)',
    };
  }
}

/** One interval as `timew export` prints it. */
export interface TimewJson {
  id: number;
  start: string;
  end?: string;
  tags?: string[];
}

/** A Timewarrior database folder (`TIMEWARRIORDB`), empty unless files are written into it. */
export class TimewDb {
  readonly dir = mkdtempSync(join(tmpdir(), 'vault-stack-timew-'));

  constructor() {
    mkdirSync(join(this.dir, 'data'), { recursive: true });
    writeFileSync(join(this.dir, 'timewarrior.cfg'), '');
  }

  /** The environment timew runs with against this database. */
  env(): Record<string, string | undefined> {
    return { ...process.env, TIMEWARRIORDB: this.dir };
  }

  /** Runs `timew ARGS`, returning stdout. */
  timew(args: string[]): string {
    return execFileSync('timew', args, { env: this.env(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  }

  /** Runs one shell line (a printed `timew …` command) against this database. */
  shell(line: string): string {
    return execFileSync('sh', ['-c', line], { env: this.env(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  }

  /** Every interval, as `timew export` reads the database. */
  export(): TimewJson[] {
    return JSON.parse(this.timew(['export'])) as TimewJson[];
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
