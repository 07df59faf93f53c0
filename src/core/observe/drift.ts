import { compareDateTimes } from '../dates/dateTime';
import type { ItemIndex } from '../index/ItemIndex';
import { Edits, type FrontmatterEdit } from '../frontmatter/FrontmatterEdit';
import type { Drift, Observation, ObservationCheck } from './Observation';

/** Where each check's facts come from, for the drift message. */
const WORLD: Record<ObservationCheck, string> = {
  health: 'the health check',
  tls: 'the served certificate',
  domain: 'the registry (RDAP)',
  snapshot: "the repository's newest snapshot",
  'secret-ref': 'the secret store',
  link: 'the link check',
};

/**
 * The fields where a note and the world disagree (DESIGN.md §5): each observation's facts against
 * the note's frontmatter. A newer run than `last-run` (and its result), a different `tls-expires`
 * or `expires`, a link found dead while `dead` is unset. An older snapshot than the recorded run is
 * not drift (the note knows of a later run).
 * @example driftOf(index, [{ path: 'Domains/example.md', check: 'domain', facts: { expires: '2027-08-14' }, … }])
 */
export function driftOf(index: ItemIndex, observations: readonly Observation[]): Drift[] {
  const out: Drift[] = [];
  for (const observation of observations) {
    const item = index.get(observation.path);
    if (item === undefined || observation.facts === undefined) continue;
    const noted = (field: string): unknown => item.frontmatter[field] ?? undefined;
    const facts = observation.facts;
    const runIsNewer =
      typeof facts['last-run'] === 'string' &&
      (typeof noted('last-run') !== 'string' || compareDateTimes(facts['last-run'], String(noted('last-run'))) > 0);
    for (const [field, observed] of Object.entries(facts)) {
      const said = noted(field);
      let differs: boolean;
      if (field === 'last-run' || field === 'last-result') differs = runIsNewer && shown(said) !== String(observed);
      else if (field === 'dead') differs = said === undefined || said === null || said === '';
      else differs = said === undefined || said === null || shown(said) !== String(observed);
      if (!differs) continue;
      out.push({
        path: observation.path,
        check: observation.check,
        field,
        noted: said,
        observed,
        message: driftMessage(observation.check, field, said, observed),
      });
    }
  }
  return out;
}

/** `tls-expires: the note says 2027-03-01, the served certificate says 2027-01-03; update the note`. */
function driftMessage(
  check: ObservationCheck,
  field: string,
  said: unknown,
  observed: string | number | boolean,
): string {
  const note =
    said === undefined || said === null || said === '' ? 'the note says nothing' : `the note says ${shown(said)}`;
  const fix = field === 'dead' ? 'mark the bookmark dead' : `set ${field}: ${String(observed)}`;
  return `${field}: ${note}, ${WORLD[check]} says ${String(observed)}; ${fix}`;
}

/** The frontmatter edits that write drifted facts back, by note (`verify --apply`, the dashboard's "update the note"). */
export function driftEdits(drifts: readonly Drift[]): Map<string, FrontmatterEdit[]> {
  const byPath = new Map<string, FrontmatterEdit[]>();
  for (const drift of drifts) {
    const edits = byPath.get(drift.path) ?? [];
    edits.push(Edits.set(drift.field, drift.observed));
    byPath.set(drift.path, edits);
  }
  return byPath;
}

/** A frontmatter value as text: scalars as written, anything else as JSON. */
export function shown(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : JSON.stringify(value);
}
