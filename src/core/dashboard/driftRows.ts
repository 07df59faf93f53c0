import type { ItemIndex } from '../index/ItemIndex';
import { driftOf } from '../observe/drift';
import type { Observation } from '../observe/Observation';
import type { AttentionRow } from './DashboardModel';

/**
 * The attention rows for drift between notes and the stored observations (DESIGN.md §5): one per
 * field, with the fix as its reason and the observed value for the "update the note" action. Only
 * observations carrying facts are compared; an empty state costs nothing.
 * @example driftRows(index, observations)[0]?.reason // 'expires: the note says 2027-01-01, the registry (RDAP) says 2027-08-14; set expires: 2027-08-14'
 */
export function driftRows(
  index: ItemIndex,
  observations: ReadonlyMap<string, Observation> | undefined,
): AttentionRow[] {
  if (observations === undefined || observations.size === 0) return [];
  const withFacts: Observation[] = [];
  for (const observation of observations.values()) if (observation.facts !== undefined) withFacts.push(observation);
  return driftOf(index, withFacts).map((drift) => {
    const item = index.get(drift.path);
    return {
      path: drift.path,
      title: item?.title ?? drift.path,
      kind: item?.kind ?? '',
      reason: drift.message,
      severity: 'warning',
      field: drift.field,
      action: 'update-note',
      observed: drift.observed,
    };
  });
}
