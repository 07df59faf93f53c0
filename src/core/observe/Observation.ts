import type { ItemIndex } from '../index/ItemIndex';

/** Which check looked at the world: a service's health URL, a served certificate, a domain's registration (RDAP), a backup repository's newest snapshot, a secret reference, a bookmark's link. */
export type ObservationCheck = 'health' | 'tls' | 'domain' | 'snapshot' | 'secret-ref' | 'link';

/**
 * What one check saw of one item (DESIGN.md §5): the outcome, when, a human detail, and the facts
 * the world gave under the frontmatter field each corresponds to, so drift is a comparison of
 * `facts` with the note. Observations live in the state folder, never in the notes.
 */
export interface Observation {
  /** The item's note, vault-relative. */
  path: string;
  check: ObservationCheck;
  /** `ok` (up, resolves, fresh), `failed` (down, dangling, stale, dead) or `unknown` (could not tell: a timeout seen once, no repository to read). */
  status: 'ok' | 'failed' | 'unknown';
  /** When it was observed: `YYYY-MM-DDTHH:mm:ss`, local time. */
  at: string;
  /** What was seen, for people: `HTTP 500`, `timed out after 10 s`, `newest snapshot 2026-11-27 02:00`. */
  detail: string;
  /** Round-trip time of a network check, in milliseconds. */
  latencyMs?: number;
  /** Observed values by frontmatter field: `{ 'tls-expires': '2027-01-03' }`, `{ 'last-run': '2026-11-27T02:00', 'last-result': 'ok' }`, `{ dead: '2026-12-03' }`. */
  facts?: Readonly<Record<string, string | number | boolean>>;
  /** Still `ok`, but inside its warning window: a certificate or a registration expiring soon. */
  warning?: boolean;
}

/** A field where the note and the world disagree: the note says `noted`, the world says `observed`. */
export interface Drift {
  path: string;
  check: ObservationCheck;
  field: string;
  noted: unknown;
  observed: string | number | boolean;
  /** For people, with the fix: `tls-expires: the note says 2027-03-01, the served certificate expires 2027-01-03; update the note`. */
  message: string;
}

/** What every observer is given: the vault's index, the moment, the environment, a progress callback. */
export interface ObserveContext {
  index: ItemIndex;
  today: string;
  now: string;
  env: Readonly<Record<string, string | undefined>>;
  /** The vault's folder on disk, when the host has one: relative repository and secret file paths are read from it. */
  root?: string;
  /** The observations of the previous run by `observationKey` (link checks confirm a timeout seen twice, skip links checked lately). */
  previous?: ReadonlyMap<string, Observation>;
  /** Called as work proceeds, for progress on a terminal or in a notice. */
  progress?(label: string, done: number, total: number): void;
}

/** One kind of check over the items it applies to; host capabilities (http, processes, files) are given to its constructor. */
export interface Observer {
  check: ObservationCheck;
  observe(ctx: ObserveContext): Promise<Observation[]>;
}

/** The key one observation is stored under: one per check and note. */
export function observationKey(observation: Pick<Observation, 'check' | 'path'>): string {
  return `${observation.check}:${observation.path}`;
}
