// The real Taskwarrior 2.6 (Debian `taskwarrior`) as a test oracle, in a throwaway TASKRC/TASKDATA.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Whether the `task` binary is on PATH; skipped (with a reason) only outside CI. */
export function taskwarriorAvailability(): { run: boolean; reason: string } {
  try {
    execFileSync('task', ['--version'], { stdio: 'pipe' });
    return { run: true, reason: '' };
  } catch {
    if (process.env.CI)
      throw new Error('`task` is missing; CI must install taskwarrior for the Taskwarrior agreement tests');
    return {
      run: false,
      reason: 'Taskwarrior tests skipped: `task` is missing (apt-get install -y taskwarrior; required in CI)',
    };
  }
}

/** One task as `task export` writes it (the fields the tests read). */
export interface ExportedTask {
  uuid: string;
  description: string;
  urgency: number;
  due?: string;
}

/** A Taskwarrior with its own empty data folder and a taskrc that never asks questions. */
export class Taskwarrior {
  private readonly dir = mkdtempSync(join(tmpdir(), 'vault-stack-tw-'));
  private readonly env: Record<string, string | undefined>;

  constructor() {
    const rc = join(this.dir, 'taskrc');
    writeFileSync(rc, 'confirmation=off\nverbose=nothing\nhooks=off\njson.array=on\nrecurrence.confirmation=no\n');
    this.env = { ...process.env, TASKRC: rc, TASKDATA: join(this.dir, 'data') };
  }

  /** Runs `task ARGS` and returns its standard output. */
  run(args: string[], input?: string): string {
    return execFileSync('task', args, { env: this.env, input, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] });
  }

  /** Imports tasks given as Taskwarrior JSON objects. */
  import(tasks: Record<string, unknown>[]): void {
    this.run(['import', '-'], JSON.stringify(tasks));
  }

  /** Every task, with its urgency as Taskwarrior computes it now. */
  export(): ExportedTask[] {
    return JSON.parse(this.run(['export'])) as ExportedTask[];
  }

  /** Removes the data folder. */
  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** A clock reading in Taskwarrior's JSON date form, `20261128T093000Z`. */
export function taskwarriorDate(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}
