import { rfc3339ToEpochMs } from './rfc3339';

/** The newest snapshot a repository listing shows: when (local `YYYY-MM-DDTHH:mm:ss`) and its short id or name. */
export interface NewestSnapshot {
  time: string;
  id: string;
}

/** What a listing said: the newest snapshot, none at all, or output that is not the listing expected. */
export type SnapshotListing = { ok: true; newest: NewestSnapshot | null } | { ok: false; reason: string };

const BORG_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})(?:\.\d+)?$/;

/**
 * Reads `restic snapshots --json --latest 1`: one JSON array (grouped output, `[{group_key,
 * snapshots}]`, is flattened), times RFC 3339 with a zone, turned local by `localTime`. The newest
 * of all entries wins: `--latest 1` keeps one per host and paths.
 * @example newestResticSnapshot('[{"time":"2026-11-27T02:00:13.5+01:00","short_id":"7e6ee578"}]', toLocal)
 */
export function newestResticSnapshot(stdout: string, localTime: (epochMs: number) => string): SnapshotListing {
  const parsed = parseJson(stdout);
  if (!Array.isArray(parsed)) return { ok: false, reason: 'restic did not print a JSON list of snapshots' };
  const entries = parsed.flatMap((entry: unknown) =>
    isObject(entry) && Array.isArray(entry.snapshots) ? (entry.snapshots as unknown[]) : [entry],
  );
  let best: { ms: number; id: string } | null = null;
  for (const entry of entries) {
    if (!isObject(entry) || typeof entry.time !== 'string')
      return { ok: false, reason: 'a restic snapshot has no time' };
    const ms = rfc3339ToEpochMs(entry.time);
    if (ms === null) return { ok: false, reason: `restic gave a snapshot time that is not RFC 3339: ${entry.time}` };
    const id =
      typeof entry.short_id === 'string' ? entry.short_id : typeof entry.id === 'string' ? entry.id.slice(0, 8) : '';
    if (best === null || ms > best.ms) best = { ms, id };
  }
  return { ok: true, newest: best === null ? null : { time: localTime(best.ms), id: best.id } };
}

/**
 * Reads `borg list --json --last 1`: `{archives: [{name, start}]}`, where `start` is already local
 * time without a zone (`2026-11-27T02:00:13.000000`), so it is kept as the wall time it is.
 * @example newestBorgArchive('{"archives":[{"name":"host-2026-11-27","start":"2026-11-27T02:00:13.000000"}]}')
 */
export function newestBorgArchive(stdout: string): SnapshotListing {
  const parsed = parseJson(stdout);
  if (!isObject(parsed) || !Array.isArray(parsed.archives))
    return { ok: false, reason: 'borg did not print a JSON object with archives' };
  let best: NewestSnapshot | null = null;
  for (const archive of parsed.archives as unknown[]) {
    const start = isObject(archive) ? (archive.start ?? archive.time) : undefined;
    const m = typeof start === 'string' ? BORG_TIME.exec(start) : null;
    if (!m) return { ok: false, reason: 'a borg archive has no start time' };
    const time = `${m[1]}T${m[2]}`;
    const name = isObject(archive) && typeof archive.name === 'string' ? archive.name : '';
    if (best === null || time > best.time) best = { time, id: name };
  }
  return { ok: true, newest: best };
}

/** JSON text parsed, or undefined when it is not JSON. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** A plain JSON object. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
