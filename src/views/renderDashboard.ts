import type { DashboardModel, DashboardSectionModel } from '../core/dashboard/DashboardModel';
import type { DashboardActions } from './DashboardActions';
import { renderAttention } from './dashboard/renderAttention';
import { renderImpact } from './dashboard/renderImpact';
import { renderInfrastructure } from './dashboard/renderInfrastructure';
import { renderProblems } from './dashboard/renderProblems';
import { renderReading } from './dashboard/renderReading';
import { renderToday } from './dashboard/renderToday';
import type { ViewElement } from './dom/ViewElement';
import { freshList, type DrawList } from './dashboard/drawRows';

/**
 * Renders the dashboard model into `container` (emptied first): a header with today and counts,
 * then each section with its heading. Every string from a note goes in as text; clicks call
 * `actions`. Works on a real element (the plugin) and on a StaticElement (the CLI's page).
 * @example renderDashboard(view.contentEl, buildDashboard(index, ctx), actions)
 */
export function renderDashboard(container: ViewElement, model: DashboardModel, actions: DashboardActions): void {
  container.empty();
  const root = container.createDiv({ cls: 'vault-stack-dashboard' });
  renderHeader(root, model);
  const sections = root.createDiv({ cls: 'vault-stack-sections' });
  for (const section of model.sections) renderSection(sections, section, actions, model.today);
}

/** The dashboard's header: the title, today, and the counts; returns its element. */
export function renderHeader(root: ViewElement, model: DashboardModel): ViewElement {
  const header = root.createDiv({ cls: 'vault-stack-header' });
  header.createEl('h2', { cls: 'vault-stack-title', text: 'Dashboard' });
  header.createEl('time', { cls: 'vault-stack-today', text: model.todayLabel, attr: { datetime: model.today } });
  const counts = header.createEl('ul', { cls: 'vault-stack-counts', attr: { 'aria-label': 'Summary' } });
  const c = model.counts;
  counts.createEl('li', { cls: 'vault-stack-count-attention', text: `${c.attention} need attention` });
  counts.createEl('li', { cls: 'vault-stack-count-items', text: `${c.items} ${c.items === 1 ? 'item' : 'items'}` });
  if (c.errors > 0)
    counts.createEl('li', {
      cls: 'vault-stack-count-errors',
      text: `${c.errors} ${c.errors === 1 ? 'error' : 'errors'}`,
    });
  if (c.warnings > 0)
    counts.createEl('li', {
      cls: 'vault-stack-count-warnings',
      text: `${c.warnings} ${c.warnings === 1 ? 'warning' : 'warnings'}`,
    });
  return header;
}

/** One section appended to `parent`, its rows drawn through `rows`. */
export function renderSection(
  parent: ViewElement,
  section: DashboardSectionModel,
  actions: DashboardActions,
  today: string,
  rows: DrawList = freshList,
): void {
  switch (section.id) {
    case 'attention':
      return renderAttention(parent, section, actions, today, rows);
    case 'today':
      return renderToday(parent, section, actions, today, rows);
    case 'reading':
      return renderReading(parent, section, actions, rows);
    case 'infrastructure':
      return renderInfrastructure(parent, section, actions, rows);
    case 'problems':
      return renderProblems(parent, section, actions, rows);
    case 'impact':
      return renderImpact(parent, section, actions, rows);
  }
}
