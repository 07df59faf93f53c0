// RFC 9083 domain objects, as an RDAP server on loopback answers them.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Route } from './stackFixtures';

/** A domain object with an expiration event and a registrar entity (RFC 9083 §5.3, jCard per RFC 7095). */
export function rdapDomain(name: string, expires: string, registrar = 'Example Registrar, Inc.'): object {
  return {
    rdapConformance: ['rdap_level_0', 'icann_rdap_response_profile_0'],
    objectClassName: 'domain',
    handle: `${name.toUpperCase()}-EXAMPLE`,
    ldhName: name.toUpperCase(),
    status: ['client transfer prohibited'],
    events: [
      { eventAction: 'registration', eventDate: '2014-08-14T04:00:00Z' },
      { eventAction: 'expiration', eventDate: `${expires}T04:00:00Z` },
      { eventAction: 'last update of RDAP database', eventDate: '2026-12-02T09:31:12Z' },
    ],
    entities: [
      {
        objectClassName: 'entity',
        handle: '292',
        roles: ['registrar'],
        vcardArray: [
          'vcard',
          [
            ['version', {}, 'text', '4.0'],
            ['fn', {}, 'text', registrar],
          ],
        ],
      },
    ],
  };
}

/**
 * Routes for an RDAP server under `/rdap/`: `domain/<name>` answers the object from `domains`
 * (404 with an RFC 9083 error object when absent), `domain/garbage.test` answers HTML; and IANA's
 * bootstrap file at `/bootstrap/dns.json` pointing `test` and `example` at `<url>/rdap/`.
 */
export function rdapRoutes(url: () => string, domains: Record<string, string>): Route {
  return (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '').split('?')[0];
    const json = (status: number, body: unknown): true => {
      res.writeHead(status, { 'content-type': 'application/rdap+json' });
      res.end(JSON.stringify(body));
      return true;
    };
    if (path === '/bootstrap/dns.json')
      return json(200, {
        description: 'RDAP bootstrap file for Domain Name System registrations',
        publication: '2026-11-30T20:00:01Z',
        services: [
          [['com', 'net'], ['https://rdap.verisign.com/com/v1/']],
          [['test', 'example'], [`${url()}/rdap/`]],
        ],
        version: '1.0',
      });
    const m = /^\/rdap\/domain\/(.+)$/.exec(path);
    if (!m) return false;
    const name = decodeURIComponent(m[1]);
    if (name === 'garbage.test') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<html>rate limited</html>');
      return true;
    }
    const expires = domains[name];
    if (expires === undefined)
      return json(404, { errorCode: 404, title: 'Not Found', description: [`${name} is not registered`] });
    return json(200, rdapDomain(name, expires));
  };
}
