import type { Command } from 'obsidian';
import { parseNetscape } from '../core/formats/netscape';
import { planBookmarkImport } from '../core/formats/planBookmarkImport';
import type { PluginContext } from '../obsidian/PluginContext';
import { importFileCommand } from './importFileCommand';

/**
 * Picks a Netscape bookmark file (the HTML export of a browser, Linkding, Pinboard or Raindrop),
 * previews what it creates, updates and leaves in conflict, then applies it. The last-import state
 * is shared with `vault-stack import netscape`. Raindrop's CSV is read by the CLI only
 * (`vault-stack import raindrop`), keeping the plugin bundle within its budget.
 */
export function importBookmarksCommand(ctx: PluginContext): Command {
  return importFileCommand(ctx, {
    id: 'import-bookmarks',
    name: 'Import bookmarks…',
    title: 'Import bookmarks',
    description:
      'Choose the bookmark file (HTML) that a browser, Linkding, Pinboard or Raindrop exported. Nothing changes before you confirm.',
    accept: '.html,.htm,text/html',
    kind: 'bookmark',
    format: 'netscape',
    plan: (text, vault) => planBookmarkImport(parseNetscape(text), vault, { foldersAsTags: false }),
  });
}
