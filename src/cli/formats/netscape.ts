import { bookmarkEntries } from '../../core/formats/bookmarkEntries';
import { printNetscape } from '../../core/formats/netscape';
import type { ExportFormat } from './ExportFormat';

/** `vault-stack export netscape`: every bookmark as the Netscape bookmark HTML browsers and Linkding import. */
export const NETSCAPE_EXPORT: ExportFormat = {
  name: 'netscape',
  summary: 'bookmarks as the Netscape bookmark HTML browsers, Linkding, Pinboard and Raindrop import',
  run({ vault }) {
    const entries = bookmarkEntries(vault.index);
    return {
      type: 'document',
      text: printNetscape(entries),
      summary: `netscape: ${entries.length} bookmark${entries.length === 1 ? '' : 's'}`,
    };
  },
};
