import { isAbsolute } from 'node:path';
import { exportSystemd } from '../../core/formats/systemd';
import type { ExportFormat } from './ExportFormat';

/** `vault-stack export systemd --out DIR [--bin PATH]`: a service and a timer per backup job. */
export const systemdExport: ExportFormat = {
  name: 'systemd',
  summary: 'a .service and .timer per backup job with a command, running `backup run` on its cadence',
  flags: {
    bin: {
      type: 'string',
      placeholder: 'PATH',
      description: 'systemd: the vault-stack executable the units run (default: /usr/bin/env vault-stack)',
      validate: (v) => (isAbsolute(v) ? null : `"${v}" is not an absolute path (systemd runs no relative command)`),
    },
  },
  run({ vault, flags }) {
    const bin = typeof flags.bin === 'string' ? [flags.bin] : ['/usr/bin/env', 'vault-stack'];
    const result = exportSystemd(vault.index, { vault: vault.root, bin });
    const jobs = result.files.length / 2;
    const lines = [
      `systemd: ${jobs} backup job${jobs === 1 ? '' : 's'} (${result.files.length} unit files)`,
      ...result.skipped.map((s) => `  skipped ${s.path}: ${s.reason}`),
    ];
    return { type: 'files', files: result.files, summary: lines.join('\n') };
  },
};
