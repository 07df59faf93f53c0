import type { BookmarkRow, ReadingSection } from '../../core/dashboard/DashboardModel';
import type { BookmarkStatus } from '../../core/model/Item';
import type { DashboardActions } from '../DashboardActions';
import type { ViewElement } from '../dom/ViewElement';
import { dateEl, emptyNote, externalLink, moreNote, noteLink, reenableUnlessChanged, sectionShell } from '../parts';
import { freshList, type DrawList } from './drawRows';

const STATUSES: { status: BookmarkStatus; text: string }[] = [
  { status: 'inbox', text: 'Inbox' },
  { status: 'reading', text: 'Reading' },
  { status: 'read', text: 'Read' },
  { status: 'archived', text: 'Archive' },
];

/** The reading list: title, site (a link only for http/https), when added, and a status control. */
export function renderReading(
  parent: ViewElement,
  section: ReadingSection,
  actions: DashboardActions,
  rows: DrawList = freshList,
): void {
  const body = sectionShell(parent, 'reading', section.heading, section.totals.bookmarks);
  if (section.bookmarks.length === 0) {
    emptyNote(body, 'Nothing waiting to be read.');
    return;
  }
  rows(body, 'ul', 'vault-stack-list vault-stack-reading-list', 'bookmarks', section.bookmarks, (l, bookmark) =>
    bookmarkRow(l, bookmark, actions),
  );
  moreNote(body, section.bookmarks.length, section.totals.bookmarks, 'bookmarks');
}

function bookmarkRow(list: ViewElement, b: BookmarkRow, actions: DashboardActions): ViewElement {
  const li = list.createEl('li', {
    cls: ['vault-stack-row', 'vault-stack-bookmark', `vault-stack-status-${b.status}`],
  });
  const main = li.createDiv({ cls: 'vault-stack-row-main' });
  noteLink(main.createDiv({ cls: 'vault-stack-row-title' }), b.title, b.path, actions);
  const meta = main.createDiv({ cls: 'vault-stack-meta' });
  externalLink(meta, b.urlText, b.site || b.urlText);
  if (b.added) {
    const added = meta.createSpan({ cls: 'vault-stack-added', text: 'added ' });
    dateEl(added, b.added);
  }
  if (b.rating !== undefined) meta.createSpan({ cls: 'vault-stack-rating', text: `${b.rating}/5` });
  if (b.dead) meta.createSpan({ cls: 'vault-stack-dead', text: `dead since ${b.dead.text}` });
  const setStatus = actions.setBookmarkStatus?.bind(actions);
  if (!setStatus) {
    const shown = STATUSES.find((s) => s.status === b.status)?.text ?? b.status;
    li.createSpan({ cls: 'vault-stack-status-text', text: shown, attr: { 'data-status': b.status } });
    return li;
  }
  const group = li.createDiv({
    cls: 'vault-stack-status-control',
    attr: { role: 'group', 'aria-label': `Status of ${b.title}` },
  });
  for (const { status, text } of STATUSES) {
    const current = status === b.status;
    const button = group.createEl('button', {
      cls: 'vault-stack-status-button',
      text,
      attr: { type: 'button', 'aria-pressed': current ? 'true' : 'false', 'data-status': status },
    });
    button.toggleClass('is-current', current);
    if (!current) {
      button.addEventListener('click', () => {
        button.setAttr('disabled', true);
        reenableUnlessChanged(button, setStatus(b.path, status));
      });
    }
  }
  return li;
}
