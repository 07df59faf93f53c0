import type { ImpactRow, ImpactSection } from '../../core/dashboard/DashboardModel';
import type { DashboardActions } from '../DashboardActions';
import type { ViewElement } from '../dom/ViewElement';
import { classToken, emptyNote, moreNote, noteLink, sectionShell, subheading } from '../parts';
import { freshList, type DrawList } from './drawRows';

/** What depends on the open note's item and what it needs: each reached item (a button opening it), its kind and the chain of relations. */
export function renderImpact(
  parent: ViewElement,
  section: ImpactSection,
  actions: DashboardActions,
  rows: DrawList = freshList,
): void {
  const body = sectionShell(parent, 'impact', section.heading, section.totals.dependents);
  if (section.item === null) {
    emptyNote(body, 'Open an item note to see what depends on it and what it needs.');
    return;
  }
  if (section.totals.dependents === 0 && section.totals.dependencies === 0) {
    emptyNote(body, `Nothing depends on ${section.item.title}, and it needs nothing.`);
    return;
  }
  list(body, 'Depends on it', section.dependents, section.totals.dependents, actions, rows);
  list(body, 'It depends on', section.dependencies, section.totals.dependencies, actions, rows);
  if (section.cycles.length > 0) {
    subheading(body, 'Cycles');
    const cycles = body.createEl('ul', { cls: 'vault-stack-list vault-stack-impact-cycles' });
    for (const c of section.cycles) cycles.createEl('li', { cls: 'vault-stack-row', text: c });
  }
}

function list(
  body: ViewElement,
  heading: string,
  shown: readonly ImpactRow[],
  total: number,
  actions: DashboardActions,
  rows: DrawList,
): void {
  subheading(body, heading);
  if (shown.length === 0) {
    emptyNote(body, 'Nothing.');
    return;
  }
  const name = heading === 'Depends on it' ? 'dependents' : 'dependencies';
  rows(body, 'ul', 'vault-stack-list vault-stack-impact-list', name, shown, (l, r) => impactRow(l, r, actions));
  moreNote(body, shown.length, total, name);
}

function impactRow(ul: ViewElement, r: ImpactRow, actions: DashboardActions): ViewElement {
  const li = ul.createEl('li', { cls: 'vault-stack-row vault-stack-impact-row' });
  const main = li.createDiv({ cls: 'vault-stack-row-main' });
  const title = main.createDiv({ cls: 'vault-stack-row-title' });
  noteLink(title, r.title, r.path, actions);
  title.createSpan({ cls: ['vault-stack-kind', `vault-stack-kind-${classToken(r.kind)}`], text: r.kind });
  main.createDiv({ cls: 'vault-stack-reason', text: r.via });
  return li;
}
