import type { Command } from 'obsidian';
import { ENUMS } from '../core/kinds/registry';
import { isKind, type BookmarkStatus } from '../core/model/Item';
import { ChoiceModal } from '../obsidian/modals/ChoiceModal';
import type { PluginContext } from '../obsidian/PluginContext';
import { chooseItem, itemChoice } from './itemChoices';

const ORDER: Record<BookmarkStatus, number> = { inbox: 0, reading: 1, read: 2, archived: 3 };

/** Picks a bookmark (inbox and reading first), then the status to move it to. */
export function setBookmarkStatusCommand(ctx: PluginContext): Command {
  return {
    id: 'set-bookmark-status',
    name: "Change a bookmark's status",
    callback: () => {
      const bookmarks = ctx.source.index.byKind('bookmark').flatMap((b) => (isKind(b, 'bookmark') ? [b] : []));
      bookmarks.sort(
        (a, b) => ORDER[a.data.status] - ORDER[b.data.status] || (a.title < b.title ? -1 : a.title > b.title ? 1 : 0),
      );
      const choices = bookmarks.map((b) => itemChoice(b, b.data.status));
      chooseItem(ctx, choices, 'Bookmark…', 'No bookmarks yet: add a note with `stack: bookmark`.', (item) => {
        const current = isKind(item, 'bookmark') ? item.data.status : undefined;
        const statuses = ENUMS.bookmarkStatus.filter((s) => s !== current).map((s) => ({ value: s, label: s }));
        new ChoiceModal<BookmarkStatus>(ctx.app, statuses, `New status for "${item.title}"…`, (status) =>
          ctx.actions.setBookmarkStatus(item.path, status),
        ).open();
      });
    },
  };
}
