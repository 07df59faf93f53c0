import { isIP } from 'node:net';
import { connect } from 'node:tls';
import { HealthObserver } from '../../core/observe/HealthObserver';
import { LinkObserver } from '../../core/observe/LinkObserver';
import type { HttpProbe } from '../../core/observe/HttpProbe';
import type { Observer } from '../../core/observe/Observation';
import { RdapObserver } from '../../core/observe/RdapObserver';
import { TlsObserver } from '../../core/observe/TlsObserver';
import { nodeTlsProbe } from '../../node/nodeTlsProbe';
import { nodeHttpProbe, type NodeHttpOptions } from './nodeHttpProbe';

/**
 * The network observers of the CLI — health checks, served certificates, RDAP registrations and
 * bookmark links — over node's http, https and tls; `http` also sends notifications; `close` frees
 * their kept-alive sockets.
 */
export function networkObservers(options: NodeHttpOptions = {}): {
  observers: Observer[];
  http: HttpProbe;
  close(): void;
} {
  const http = nodeHttpProbe(options);
  const tls = nodeTlsProbe({ connect, isIP });
  return {
    observers: [new HealthObserver(http), new TlsObserver(tls), new RdapObserver(http), new LinkObserver(http)],
    http,
    close: () => http.close(),
  };
}
