import { differenceInCalendarDays } from '../dates/arithmetic';
import type { Item, KindData } from '../model/Item';
import { boundedRun, type Concurrency } from './boundedRun';
import { followRedirects, type FollowedOutcome } from './followRedirects';
import { failureDetail } from './HealthObserver';
import type { HttpProbe } from './HttpProbe';
import { observationKey, type Observation, type ObserveContext, type Observer } from './Observation';
import { byPath, hostKey } from './observeTargets';

/** How long one link check may take. */
export const LINK_TIMEOUT_MS = 15_000;
/** A link found alive is not checked again for this many days (a long run resumes where it stopped). */
export const LINK_RECHECK_DAYS = 7;
/** Polite: at most two requests at once to one host, eight overall. */
export const LINK_CONCURRENCY: Concurrency = { overall: 8, perHost: 2 };

/**
 * Dead-link checks for bookmarks (DESIGN.md §5): HEAD, then GET where HEAD is refused or says
 * anything but 2xx; 404 and 410 are dead at once; a host that does not resolve, timeouts, refusals
 * and 5xx are `unknown` until seen on two checks in a row (offline, or with a broken resolver,
 * every host "does not exist"). A dead link's fact is `dead: <today>`.
 * Bookmarks already marked `dead` are not checked; links found alive lately are not checked again.
 */
export class LinkObserver implements Observer {
  readonly check = 'link' as const;

  constructor(
    private readonly http: HttpProbe,
    private readonly options: { timeoutMs?: number; concurrency?: Concurrency; recheckDays?: number } = {},
  ) {}

  /** One observation per bookmark not marked dead, in path order. */
  async observe(ctx: ObserveContext): Promise<Observation[]> {
    const bookmarks = ctx.index
      .items()
      .filter((item) => item.data.type === 'bookmark' && item.data.dead === undefined)
      .sort(byPath);
    const recheckDays = this.options.recheckDays ?? LINK_RECHECK_DAYS;
    const fresh = (item: Item): Observation | undefined => {
      const before = ctx.previous?.get(observationKey({ check: this.check, path: item.path }));
      if (before?.status !== 'ok') return undefined;
      const age = differenceInCalendarDays(ctx.today, before.at.slice(0, 10));
      return age >= 0 && age < recheckDays ? before : undefined;
    };
    let done = 0;
    let checked = 0;
    let answered = 0;
    const seen = await boundedRun(
      bookmarks,
      (item) => (fresh(item) ? '' : hostKey((item.data as KindData['bookmark']).url)),
      async (item) => {
        const reused = fresh(item);
        const observation = reused ?? (await this.observeOne(ctx, item));
        if (!reused) {
          checked++;
          if (!observation.detail.startsWith('no answer:')) answered++;
        }
        ctx.progress?.('links', ++done, bookmarks.length);
        return observation;
      },
      this.options.concurrency ?? LINK_CONCURRENCY,
    );
    // Not one link answered at all: this machine is offline (or its resolver is broken), not the web dead.
    if (checked >= 2 && answered === 0)
      return seen.map((o) =>
        o.detail.startsWith('no answer:')
          ? {
              path: o.path,
              check: o.check,
              at: o.at,
              status: 'unknown' as const,
              detail: `${o.detail.replace(/ \(dead if the next check says so too\)$|, on two checks in a row$/, '')}; no link answered on this run (offline?)`,
            }
          : o,
      );
    return seen;
  }

  private async observeOne(ctx: ObserveContext, item: Item): Promise<Observation> {
    const url = (item.data as KindData['bookmark']).url;
    const timeoutMs = this.options.timeoutMs ?? LINK_TIMEOUT_MS;
    let outcome: FollowedOutcome = await followRedirects(this.http, { url, method: 'HEAD', timeoutMs });
    let elapsed = outcome.elapsedMs;
    if (!(outcome.ok && outcome.status >= 200 && outcome.status < 300) && !(!outcome.ok && outcome.reason === 'dns')) {
      outcome = await followRedirects(this.http, { url, method: 'GET', timeoutMs });
      elapsed += outcome.elapsedMs;
    }
    const base = { path: item.path, check: this.check, at: ctx.now, latencyMs: Math.round(elapsed) };
    const dead = (detail: string): Observation => ({ ...base, status: 'failed', detail, facts: { dead: ctx.today } });
    const before = ctx.previous?.get(observationKey({ check: this.check, path: item.path }));
    const twice = (detail: string): Observation =>
      before?.status === 'unknown' && !before.detail.endsWith('(offline?)')
        ? dead(`${detail}, on two checks in a row`)
        : { ...base, status: 'unknown', detail: `${detail} (dead if the next check says so too)` };
    if (!outcome.ok) return twice(`no answer: ${failureDetail(outcome.reason, outcome.detail, timeoutMs)}`);
    const status = outcome.status;
    if (status === 404 || status === 410) return dead(`HTTP ${status}`);
    if (status >= 500 || status === 429) return twice(`HTTP ${status}`);
    if (status >= 400)
      return { ...base, status: 'ok', detail: `HTTP ${status}: the page is there, access is restricted` };
    return { ...base, status: 'ok', detail: `HTTP ${status}` };
  }
}
