import { HealthObserver } from '../../core/observe/HealthObserver';
import type { Observer } from '../../core/observe/Observation';
import { nodeHttpProbe, type NodeHttpOptions } from './nodeHttpProbe';

/** The network observers of the CLI (health checks) over node's http and https; `close` frees their sockets. */
export function networkObservers(options: NodeHttpOptions = {}): { observers: Observer[]; close(): void } {
  const http = nodeHttpProbe(options);
  return { observers: [new HealthObserver(http)], close: () => http.close() };
}
