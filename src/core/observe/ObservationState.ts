import { observationKey, type Observation, type ObservationCheck } from './Observation';

/** What a notification last said of one item and check: the state people were told of, and when. */
export interface NotifiedState {
  state: 'ok' | 'warning' | 'failed';
  at: string;
  /** Recorded on first sight without a notification (it starts no flap window). */
  silent?: true;
}

/** One stored observation: the last one made, with what was last notified of it. */
export interface StoredObservation extends Observation {
  notified?: NotifiedState;
}

/**
 * The state file `<config dir>/plugins/vault-stack/state/observations.json` (DESIGN.md §5), shared
 * by the CLI and the plugin and never versioned: the last observation of every item and check.
 */
export interface ObservationState {
  version: 1;
  observations: Record<string, StoredObservation>;
}

/** The state file's path inside the vault, for a configuration folder (`.obsidian`). */
export function observationStatePath(configDir: string): string {
  return `${configDir}/plugins/vault-stack/state/observations.json`;
}

/** An empty state. */
export function emptyObservationState(): ObservationState {
  return { version: 1, observations: {} };
}

const CHECKS: ReadonlySet<string> = new Set<ObservationCheck>([
  'health',
  'tls',
  'domain',
  'snapshot',
  'secret-ref',
  'link',
]);

/**
 * Reads the state file's text; a missing, broken or foreign file is an empty state (observations
 * are remade by the next check), and entries of an unknown shape are dropped one by one.
 */
export function parseObservationState(text: string | null): ObservationState {
  if (text === null) return emptyObservationState();
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return emptyObservationState();
  }
  const entries = (raw as { observations?: unknown } | null)?.observations;
  if (typeof entries !== 'object' || entries === null) return emptyObservationState();
  const observations: Record<string, StoredObservation> = {};
  for (const value of Object.values(entries as Record<string, unknown>)) {
    const o = value as Partial<StoredObservation> | null;
    if (
      o === null ||
      typeof o !== 'object' ||
      typeof o.path !== 'string' ||
      typeof o.check !== 'string' ||
      !CHECKS.has(o.check) ||
      (o.status !== 'ok' && o.status !== 'failed' && o.status !== 'unknown') ||
      typeof o.at !== 'string' ||
      typeof o.detail !== 'string'
    )
      continue;
    observations[observationKey(o as Observation)] = o as StoredObservation;
  }
  return { version: 1, observations };
}

/** The state file's text: stable key order, one entry per line block. */
export function serializeObservationState(state: ObservationState): string {
  const sorted: Record<string, StoredObservation> = {};
  for (const key of Object.keys(state.observations).sort()) sorted[key] = state.observations[key];
  return JSON.stringify({ version: 1, observations: sorted }, null, 2) + '\n';
}

/**
 * The state after a run: fresh observations replace the stored ones (keeping what was last
 * notified); stored ones the run covered (`covered`: its checks, and for `--only`, its kinds) that
 * were not observed again are dropped (the item is gone or no longer checked); others are kept.
 */
export function mergeObservations(
  previous: ObservationState,
  fresh: readonly Observation[],
  covered: ReadonlySet<ObservationCheck> | ((stored: Observation) => boolean),
): ObservationState {
  const inRun = typeof covered === 'function' ? covered : (o: Observation) => covered.has(o.check);
  const observations: Record<string, StoredObservation> = {};
  for (const [key, stored] of Object.entries(previous.observations)) if (!inRun(stored)) observations[key] = stored;
  for (const observation of fresh) {
    const key = observationKey(observation);
    const notified = previous.observations[key]?.notified;
    observations[key] = notified ? { ...observation, notified } : { ...observation };
  }
  return { version: 1, observations };
}

/** The stored observations as the map observers read the previous run from. */
export function previousObservations(state: ObservationState): Map<string, Observation> {
  return new Map(Object.entries(state.observations));
}
