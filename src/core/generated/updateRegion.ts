import { carryTicks } from './checkboxTicks';
import { findRegion } from './findRegion';
import { beginMarker, END_MARKER, isRegionName } from './regionMarkers';
import { regionHash } from './regionHash';

/** What regenerating a region did; only `written` changes the note. */
export type RegionUpdate =
  | { status: 'unchanged' }
  | { status: 'written'; text: string; created: boolean }
  /** The region was changed by hand since it was written: left as it is. */
  | { status: 'edited'; message: string }
  /** The note's markers are broken (no end, a region twice): nothing written. */
  | { status: 'broken'; message: string };

/** Options of `updateRegion`. */
export interface UpdateRegionOptions {
  /** Overwrite a region edited by hand. */
  force?: boolean;
}

/**
 * Puts generated `content` into the note's region `name`, keeping every line outside it byte
 * for byte and the ticks of checkboxes that are still there. A note without the region gets it
 * appended. Writes nothing when the result equals the note; refuses (`edited`) when the region's
 * lines no longer match the hash in its begin marker, so a hand edit is never lost silently.
 * @example updateRegion('# Home\n', 'overview', '| a |').status === 'written'
 */
export function updateRegion(
  text: string,
  name: string,
  content: string,
  options: UpdateRegionOptions = {},
): RegionUpdate {
  if (!isRegionName(name)) throw new Error(`not a region name: ${JSON.stringify(name)}`);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.split(/\r?\n/);
  const fresh = content.replace(/\r\n/g, '\n').replace(/\n+$/, '').split('\n');
  const found = findRegion(lines, name);
  if (found.status === 'broken') return found;
  if (found.status === 'absent') {
    const body = [beginMarker(name, regionHash(fresh)), ...fresh, END_MARKER];
    const trimmed = text.replace(/(\r?\n)+$/, '');
    const head = trimmed === '' ? '' : trimmed + eol + eol;
    return { status: 'written', text: head + body.join(eol) + eol, created: true };
  }
  const { begin, end, hash } = found;
  const old = lines.slice(begin + 1, end);
  const handEdited = hash === undefined ? old.some((l) => l.trim() !== '') : regionHash(old) !== hash;
  if (handEdited && !options.force) {
    return {
      status: 'edited',
      message: `the "${name}" region was edited by hand since it was generated; move your changes outside the markers (or delete the region) and regenerate`,
    };
  }
  const next = handEdited ? fresh : carryTicks(old, fresh);
  const out = [...lines.slice(0, begin), beginMarker(name, regionHash(next)), ...next, ...lines.slice(end)].join(eol);
  return out === text ? { status: 'unchanged' } : { status: 'written', text: out, created: false };
}

/** The lines of region `name` in a note, or undefined when it has none (or broken markers). */
export function regionLines(text: string, name: string): string[] | undefined {
  const lines = text.split(/\r?\n/);
  const found = findRegion(lines, name);
  return found.status === 'found' ? lines.slice(found.begin + 1, found.end) : undefined;
}
