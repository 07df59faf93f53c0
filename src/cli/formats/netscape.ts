import { bookmarkEntries } from '../../core/formats/bookmarkEntries';
import type { ReadBookmarks } from '../../core/formats/BookmarkEntry';
import { parseNetscape, printNetscape } from '../../core/formats/netscape';
import { planBookmarkImport } from '../../core/formats/planBookmarkImport';
import { parseRaindropCsv } from '../../core/formats/raindrop';
import type { FlagSpec } from '../args';
import type { ExportFormat } from './ExportFormat';
import type { ImportFormat, ImportInput } from './ImportFormat';
import { vaultImportInput } from './vaultImportInput';

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

/** `--folders-as-tags`, for both bookmark imports. */
const FOLDER_FLAGS: Readonly<Record<string, FlagSpec>> = {
  'folders-as-tags': {
    type: 'boolean',
    description:
      'netscape, raindrop: make each folder path a nested tag (Dev/Rust → dev/rust) instead of a `folder` field',
  },
};

/** `vault-stack import netscape FILE`: a browser's, Linkding's, Pinboard's or Raindrop's bookmark HTML into bookmark notes. */
export const NETSCAPE_IMPORT: ImportFormat = {
  name: 'netscape',
  summary:
    'Netscape bookmark HTML (browsers, Linkding, Pinboard, Raindrop) into bookmark notes matched by normalized URL',
  flags: FOLDER_FLAGS,
  plan: (input) => planBookmarks(input, parseNetscape),
};

/** `vault-stack import raindrop FILE`: Raindrop.io's CSV export into bookmark notes. */
export const RAINDROP_IMPORT: ImportFormat = {
  name: 'raindrop',
  summary: "Raindrop.io's CSV export into bookmark notes matched by normalized URL",
  flags: FOLDER_FLAGS,
  plan: (input) => planBookmarks(input, parseRaindropCsv),
};

function planBookmarks(input: ImportInput, read: (text: string) => ReadBookmarks) {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(input.bytes);
  } catch {
    return {
      notes: [],
      problems: ['the file is not UTF-8 text: save it as UTF-8 (browsers and Raindrop export UTF-8)'],
    };
  }
  return planBookmarkImport(read(text), vaultImportInput(input, 'bookmark', 'Bookmarks'), {
    foldersAsTags: input.flags['folders-as-tags'] === true,
  });
}
