import { toMinuteNumber } from '../dates/dateTime';
import { observationKey, type Observation, type ObservationCheck } from './Observation';
import type { NotifiedState, ObservationState } from './ObservationState';

/** A change may be notified this long after the last notification of the same item and check, not sooner (flapping). */
export const FLAP_MINUTES = 30;

/** The checks whose changes are notified (links are not: a dead link is drift, not an alert). */
const NOTIFIED_CHECKS: ReadonlySet<ObservationCheck> = new Set(['health', 'snapshot', 'tls', 'domain', 'secret-ref']);

/** A change of state worth a notification: up→down, down→up, ok→stale, entering a warning window, … */
export interface Transition {
  key: string;
  path: string;
  check: ObservationCheck;
  from: NotifiedState['state'];
  to: NotifiedState['state'];
  detail: string;
}

/** The state a notification speaks of: unknown observations have none (they change nothing). */
export function notifiedStateOf(observation: Observation): NotifiedState['state'] | null {
  if (observation.status === 'unknown') return null;
  if (observation.status === 'failed') return 'failed';
  return observation.warning ? 'warning' : 'ok';
}

/**
 * The transitions to notify after a run (DESIGN.md §5: on change only): an observation whose state
 * differs from the one last notified, unless that notification is less than 30 minutes old — a
 * flapping service is then told of once, and a flap back to the notified state not at all. The
 * first sight of an item is recorded without a notification (`firstSeen`); unknowns change nothing.
 * @example transitions(state, fresh, '2026-12-03T07:30').transitions // [{ path: 'Services/Grafana.md', from: 'ok', to: 'failed', … }]
 */
export function transitions(
  state: ObservationState,
  fresh: readonly Observation[],
  now: string,
): { transitions: Transition[]; firstSeen: string[] } {
  const out: Transition[] = [];
  const firstSeen: string[] = [];
  for (const observation of fresh) {
    if (!NOTIFIED_CHECKS.has(observation.check)) continue;
    const to = notifiedStateOf(observation);
    if (to === null) continue;
    const key = observationKey(observation);
    const last = state.observations[key]?.notified;
    if (last === undefined) {
      firstSeen.push(key);
      continue;
    }
    if (last.state === to) continue;
    if (!last.silent && toMinuteNumber(now.slice(0, 16)) - toMinuteNumber(last.at.slice(0, 16)) < FLAP_MINUTES)
      continue;
    out.push({
      key,
      path: observation.path,
      check: observation.check,
      from: last.state,
      to,
      detail: observation.detail,
    });
  }
  return { transitions: out, firstSeen };
}

/** The state with `key`'s last notified state set (after a notification went out, or on first sight). */
export function withNotified(state: ObservationState, key: string, notified: NotifiedState): ObservationState {
  const stored = state.observations[key];
  if (stored === undefined) return state;
  return { ...state, observations: { ...state.observations, [key]: { ...stored, notified } } };
}
