import { exportHomepage } from '../../core/formats/homepage';
import type { ExportFormat } from './ExportFormat';

/** `vault-stack export homepage`: gethomepage's services.yaml. */
export const homepageExport: ExportFormat = {
  name: 'homepage',
  summary: "gethomepage's services.yaml: services grouped by host device (or group), with siteMonitor",
  run({ vault }) {
    const count = vault.index.byKind('service').length;
    return {
      type: 'document',
      text: exportHomepage(vault.index),
      summary: `homepage: ${count} service${count === 1 ? '' : 's'}`,
    };
  },
};
