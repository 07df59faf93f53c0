import { stringify } from 'yaml';
import type { ItemIndex } from '../index/ItemIndex';
import type { KindData } from '../model/Item';
import { checkedUrl, serviceGroups } from './serviceGroups';

/** Options of {@link exportGatus}. */
export interface ExportGatusOptions {
  /** How often Gatus checks each endpoint, as Gatus writes it (`60s`, `5m`). */
  interval: string;
}

/** The certificate lifetime below which Gatus reports an https endpoint unhealthy. */
export const CERTIFICATE_MARGIN = '48h';

/**
 * The vault's services as Gatus `endpoints` (its config.yaml): each service with a URL to check
 * (`health`, else `url`) becomes an endpoint in its host's group with conditions from `expect`
 * (a status code: `[STATUS] == 204`; a text: `[BODY] == pat(*text*)`; nothing: `[STATUS] == 200`)
 * and, for https, `[CERTIFICATE_EXPIRATION] > 48h`.
 * @example exportGatus(index, { interval: '5m' }) // 'endpoints:\n  - name: Vaultwarden\n    group: pi\n…'
 */
export function exportGatus(index: ItemIndex, options: ExportGatusOptions): string {
  return printGatus(gatusEndpoints(index, options));
}

/** One Gatus endpoint, with every text already escaped for Gatus's `$` substitution. */
export interface GatusEndpoint {
  name: string;
  group: string;
  url: string;
  interval: string;
  conditions: string[];
}

/** The endpoints {@link exportGatus} writes, in group then name order. */
export function gatusEndpoints(index: ItemIndex, options: ExportGatusOptions): GatusEndpoint[] {
  return serviceGroups(index).flatMap((group) =>
    group.services.flatMap((service) => {
      const url = checkedUrl(service.data);
      if (url === undefined) return [];
      return [
        {
          name: literal(service.title),
          group: literal(group.name),
          url: literal(url),
          interval: options.interval,
          conditions: gatusConditions(service.data, url).map(literal),
        },
      ];
    }),
  );
}

/** Gatus's config.yaml holding `endpoints`. */
export function printGatus(endpoints: readonly GatusEndpoint[]): string {
  return stringify({ endpoints }, { lineWidth: 0 });
}

/** Gatus substitutes `$VAR` and `${VAR}` in its config: a `$` meant literally is written `$$`. */
function literal(text: string): string {
  return text.replace(/\$/g, '$$$$');
}

/**
 * Gatus conditions for a service checked at `url`.
 * @example gatusConditions({ expect: 'ok' }, 'https://x.org/') // ['[BODY] == pat(*ok*)', '[CERTIFICATE_EXPIRATION] > 48h']
 */
export function gatusConditions(data: Pick<KindData['service'], 'expect'>, url: string): string[] {
  const conditions: string[] = [];
  if (typeof data.expect === 'string') conditions.push(`[BODY] == pat(*${data.expect}*)`);
  else conditions.push(`[STATUS] == ${data.expect ?? 200}`);
  if (/^https:/i.test(url)) conditions.push(`[CERTIFICATE_EXPIRATION] > ${CERTIFICATE_MARGIN}`);
  return conditions;
}
