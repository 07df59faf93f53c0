import type { FrontmatterValue } from '../frontmatter/FrontmatterEdit';

/**
 * What the last real import of a format brought in: per record key, the fields as they were
 * imported. The base of the three-way merge (vault, source, last import). Kept outside the notes,
 * in `<configDir>/plugins/vault-stack/state/imports/<format>.json`.
 */
export interface ImportState {
  version: 1;
  records: Record<string, Record<string, FrontmatterValue>>;
}

/** A state with no import yet. */
export function emptyImportState(): ImportState {
  return { version: 1, records: {} };
}

/**
 * Reads a saved import state; anything unreadable counts as no state (every field is then compared
 * without a base: nothing is overwritten without saying so).
 * @example parseImportState('{"version":1,"records":{}}') // { version: 1, records: {} }
 */
export function parseImportState(text: string | undefined): ImportState {
  if (text === undefined) return emptyImportState();
  try {
    const data = JSON.parse(text) as unknown;
    if (typeof data !== 'object' || data === null) return emptyImportState();
    const { version, records } = data as { version?: unknown; records?: unknown };
    if (version !== 1 || typeof records !== 'object' || records === null || Array.isArray(records))
      return emptyImportState();
    const out: ImportState = emptyImportState();
    for (const [key, fields] of Object.entries(records as Record<string, unknown>))
      if (typeof fields === 'object' && fields !== null && !Array.isArray(fields))
        out.records[key] = fields as Record<string, FrontmatterValue>;
    return out;
  } catch {
    return emptyImportState();
  }
}

/** The state as the JSON file holds it. */
export function serializeImportState(state: ImportState): string {
  return JSON.stringify(state) + '\n';
}
