import type { BackupTool } from '../model/Item';
import { isObject, parseJson } from './newestSnapshot';
import type { ProcessResult } from './ProcessHost';
import { toolFailure } from './toolFailure';

/** How a backup command went: the result to record, a sentence for people, and whether it finished with warnings. */
export interface BackupRunOutcome {
  result: 'ok' | 'failed';
  summary: string;
  warning: boolean;
}

/**
 * Judges a finished backup command (`program`, named in messages) from its exit status and, when present, the JSON it printed:
 * restic's `backup --json` summary line (or its `exit_error`), borg's `create --json` object. A
 * warning exit (restic 3: some source files unreadable; borg 1) still made a snapshot, so it is
 * recorded `ok`, said out loud (`warning`), never silent.
 * @example backupRunOutcome('restic', { code: 0, stdout: '{"message_type":"summary","snapshot_id":"7e6ee578",…}', stderr: '' }).summary
 * // 'snapshot 7e6ee578: 1 new, 0 changed files, 706 B added in 0.2 s'
 */
export function backupRunOutcome(tool: BackupTool, run: ProcessResult, program: string = tool): BackupRunOutcome {
  const made = resticSummary(run.stdout) ?? borgSummary(run.stdout);
  const name = program.split('/').pop() ?? program;
  if (run.code === 0) return { result: 'ok', summary: made ?? 'exited with status 0', warning: false };
  const warningCode = tool === 'restic' ? 3 : tool === 'borg' ? 1 : undefined;
  if (run.code !== null && run.code === warningCode) {
    const why = tool === 'restic' ? 'some source files could not be read' : 'borg reported warnings';
    const said = lastLine(run.stderr);
    return {
      result: 'ok',
      summary: `${made ?? 'snapshot made'}, with warnings (exit ${run.code}: ${why}${said ? `; ${said}` : ''})`,
      warning: true,
    };
  }
  const exitError = resticExitError(run.stderr);
  if (run.failure !== undefined) return { result: 'failed', summary: run.failure, warning: false };
  return { result: 'failed', summary: exitError ? `${name}: ${exitError}` : toolFailure(name, run), warning: false };
}

/** restic's summary line, in words. */
function resticSummary(stdout: string): string | null {
  const summary = jsonLines(stdout)
    .filter((line) => line.message_type === 'summary')
    .pop();
  if (!summary) return null;
  const n = (key: string): number => (typeof summary[key] === 'number' ? summary[key] : 0);
  const id = typeof summary.snapshot_id === 'string' ? ` ${summary.snapshot_id.slice(0, 8)}` : '';
  return `snapshot${id}: ${n('files_new')} new, ${n('files_changed')} changed files, ${bytes(n('data_added'))} added in ${n('total_duration').toFixed(1)} s`;
}

/** borg's `create --json` archive, in words. */
function borgSummary(stdout: string): string | null {
  const parsed = parseJson(stdout);
  const archive = isObject(parsed) && isObject(parsed.archive) ? parsed.archive : null;
  if (!archive) return null;
  const stats = isObject(archive.stats) ? archive.stats : {};
  const n = (value: unknown): number => (typeof value === 'number' ? value : 0);
  return `archive ${String(archive.name)}: ${n(stats.nfiles)} files, ${bytes(n(stats.deduplicated_size))} added in ${n(archive.duration).toFixed(1)} s`;
}

/** restic's `{"message_type":"exit_error","message":…}` on stderr (0.18 and later). */
function resticExitError(stderr: string): string | null {
  const error = jsonLines(stderr)
    .filter((line) => line.message_type === 'exit_error')
    .pop();
  return error && typeof error.message === 'string' ? error.message : null;
}

function jsonLines(text: string): Record<string, unknown>[] {
  return text
    .split('\n')
    .map((line) => (line.trim().startsWith('{') ? parseJson(line) : undefined))
    .filter(isObject);
}

function lastLine(text: string): string {
  const lines = text.split('\n').filter((line) => line.trim() !== '' && !line.trim().startsWith('{'));
  return lines.length > 0 ? lines[lines.length - 1].trim() : '';
}

/** `706 B`, `3.4 MB` (decimal units). */
function bytes(n: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let value = n;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return unit === 0 ? `${value} B` : `${value.toFixed(1)} ${units[unit]}`;
}
