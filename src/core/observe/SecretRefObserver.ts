import type { KindData } from '../model/Item';
import type { Observation, ObserveContext, Observer } from './Observation';
import type { ProcessHost } from './ProcessHost';
import { secretReference } from './secretReference';

/**
 * Checks that every secret item's reference resolves, without reading a value (DESIGN.md §5): a
 * dangling reference is a failed observation, a store that cannot be asked is unknown.
 */
export class SecretRefObserver implements Observer {
  readonly check = 'secret-ref' as const;

  constructor(private readonly host: Pick<ProcessHost, 'exists' | 'readText'>) {}

  /** One observation per secret item, in path order. */
  async observe(ctx: ObserveContext): Promise<Observation[]> {
    const secrets = ctx.index
      .items()
      .filter((item) => item.data.type === 'secret')
      .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const out: Observation[] = [];
    for (const item of secrets) {
      ctx.progress?.('secrets', out.length, secrets.length);
      const seen = await secretReference(item.data as KindData['secret'], this.host, ctx);
      out.push({ path: item.path, check: this.check, status: seen.status, at: ctx.now, detail: seen.detail });
    }
    if (secrets.length > 0) ctx.progress?.('secrets', secrets.length, secrets.length);
    return out;
  }
}
