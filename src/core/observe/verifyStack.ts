import { driftOf } from './drift';
import type { Drift, Observation, ObservationCheck, ObserveContext, Observer } from './Observation';
import { mergeObservations, previousObservations, type ObservationState } from './ObservationState';

/** What one verify run found: every observation, the drift among them, and the state to store. */
export interface VerifyResult {
  observations: Observation[];
  drifts: Drift[];
  state: ObservationState;
}

/**
 * Runs the observers side by side (each bounds its own concurrency), orders what they saw by note
 * and check, compares it with the notes (drift) and merges it into the stored state. The same for
 * the CLI's `verify` and the plugin's "Verify stack now".
 * @example const { drifts } = await verifyStack([new HealthObserver(http)], ctx, emptyObservationState())
 */
export async function verifyStack(
  observers: readonly Observer[],
  ctx: Omit<ObserveContext, 'previous'>,
  stored: ObservationState,
  keep: (observation: Observation) => boolean = () => true,
): Promise<VerifyResult> {
  const full: ObserveContext = { ...ctx, previous: previousObservations(stored) };
  const seen = (await Promise.all(observers.map((o) => o.observe(full)))).flat().filter(keep);
  seen.sort((a, b) =>
    a.path < b.path ? -1 : a.path > b.path ? 1 : a.check < b.check ? -1 : a.check > b.check ? 1 : 0,
  );
  const checks = new Set<ObservationCheck>(observers.map((o) => o.check));
  const covered = (o: Observation): boolean => checks.has(o.check) && keep(o);
  return { observations: seen, drifts: driftOf(ctx.index, seen), state: mergeObservations(stored, seen, covered) };
}

/** What `--only` accepts: a check or an item kind, and the checks (and item kinds) each selects. */
export const VERIFY_SELECTIONS: Readonly<Record<string, { checks: ObservationCheck[]; kinds?: string[] }>> = {
  service: { checks: ['health', 'tls'], kinds: ['service'] },
  health: { checks: ['health'] },
  tls: { checks: ['tls'] },
  domain: { checks: ['domain', 'tls'], kinds: ['domain'] },
  rdap: { checks: ['domain'] },
  backup: { checks: ['snapshot'] },
  snapshot: { checks: ['snapshot'] },
  secret: { checks: ['secret-ref'] },
  'secret-ref': { checks: ['secret-ref'] },
  bookmark: { checks: ['link'] },
  link: { checks: ['link'] },
};
