import { gatusEndpoints, printGatus } from '../../core/formats/gatus';
import type { ExportFormat } from './ExportFormat';

/** A Gatus interval: a number and a unit (`30s`, `5m`, `1h`). */
const GATUS_INTERVAL = /^[1-9]\d*(ms|s|m|h)$/;

/** `vault-stack export gatus [--interval 5m]`: Gatus endpoints with conditions. */
export const gatusExport: ExportFormat = {
  name: 'gatus',
  summary: 'Gatus endpoints: conditions from expect, certificate expiry for https',
  flags: {
    interval: {
      type: 'string',
      placeholder: 'DURATION',
      description: 'gatus: how often each endpoint is checked, as Gatus writes it (default 5m)',
      validate: (v) => (GATUS_INTERVAL.test(v) ? null : `"${v}" is not a Gatus interval such as 30s, 5m or 1h`),
    },
  },
  run({ vault, flags }) {
    const interval = typeof flags.interval === 'string' ? flags.interval : '5m';
    const endpoints = gatusEndpoints(vault.index, { interval });
    const count = endpoints.length;
    return {
      type: 'document',
      text: printGatus(endpoints),
      summary: `gatus: ${count} endpoint${count === 1 ? '' : 's'}`,
    };
  },
};
