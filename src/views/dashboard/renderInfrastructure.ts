import type {
  BackupRow,
  ExpiryRow,
  InfrastructureSection,
  LinkedNote,
  ObservedStatus,
  SecretRow,
  ServiceRow,
} from '../../core/dashboard/DashboardModel';
import type { DashboardActions } from '../DashboardActions';
import type { ViewElement } from '../dom/ViewElement';
import {
  actionButton,
  badge,
  dateEl,
  emptyNote,
  externalLink,
  moreNote,
  noteLink,
  sectionShell,
  subheading,
} from '../parts';
import { freshList, type DrawList } from './drawRows';

/** Services (host, backup and its state, secrets), backups with their state, secrets to rotate, and upcoming expiries. */
export function renderInfrastructure(
  parent: ViewElement,
  section: InfrastructureSection,
  actions: DashboardActions,
  rows: DrawList = freshList,
): void {
  const t = section.totals;
  const count = t.services + t.backups + t.secrets + t.expiries;
  const body = sectionShell(parent, 'infrastructure', section.heading, count);
  subheading(body, 'Services');
  if (section.services.length === 0) emptyNote(body, 'No services.');
  else {
    servicesTable(body, section.services, actions, rows);
    moreNote(body, section.services.length, t.services, 'services');
  }
  subheading(body, 'Backups');
  if (section.backups.length === 0) emptyNote(body, 'No backup jobs.');
  else {
    rows(body, 'ul', 'vault-stack-list vault-stack-backup-list', 'backups', section.backups, (l, backup) =>
      backupRow(l, backup, actions),
    );
    moreNote(body, section.backups.length, t.backups, 'backup jobs');
  }
  subheading(body, 'Secrets to rotate');
  if (section.secrets.length === 0) emptyNote(body, `No rotation due in the next ${section.horizonDays} days.`);
  else {
    rows(body, 'ul', 'vault-stack-list vault-stack-secret-list', 'secrets', section.secrets, (l, secret) =>
      secretRow(l, secret, actions),
    );
    moreNote(body, section.secrets.length, t.secrets, 'secrets');
  }
  subheading(body, `Expiring within ${section.horizonDays} days`);
  if (section.expiries.length === 0) emptyNote(body, 'Nothing expires soon.');
  else {
    rows(body, 'ul', 'vault-stack-list vault-stack-expiry-list', 'expiries', section.expiries, (l, expiry) =>
      expiryRow(l, expiry, actions),
    );
    moreNote(body, section.expiries.length, t.expiries, 'expiries');
  }
}

function linkedNote(parent: ViewElement, note: LinkedNote, actions: DashboardActions): void {
  if (note.path === null)
    parent.createSpan({ cls: 'vault-stack-dangling', text: note.title, attr: { title: 'No note with this name' } });
  else noteLink(parent, note.title, note.path, actions);
}

function servicesTable(parent: ViewElement, services: ServiceRow[], actions: DashboardActions, rows: DrawList): void {
  const wrap = parent.createDiv({ cls: 'vault-stack-table-wrap' });
  const table = wrap.createEl('table', { cls: 'vault-stack-table vault-stack-services' });
  const head = table.createEl('thead').createEl('tr');
  for (const label of ['Service', 'Host', 'Backup', 'Secrets'])
    head.createEl('th', { text: label, attr: { scope: 'col' } });
  rows(table, 'tbody', undefined, 'services', services, (body, s) => serviceRow(body, s, actions));
}

function serviceRow(tbody: ViewElement, s: ServiceRow, actions: DashboardActions): ViewElement {
  const tr = tbody.createEl('tr');
  const name = tr.createEl('th', { attr: { scope: 'row' } });
  if (s.health) statusDot(name, s.health);
  noteLink(name, s.title, s.path, actions);
  if (s.health?.latencyMs !== undefined)
    name.createSpan({ cls: 'vault-stack-latency', text: `${s.health.latencyMs} ms` });
  if (s.urlText !== undefined) {
    const url = name.createDiv({ cls: 'vault-stack-service-url' });
    externalLink(url, s.urlText);
  }
  const host = tr.createEl('td', { attr: { 'data-label': 'Host' } });
  if (s.host) linkedNote(host, s.host, actions);
  else host.createSpan({ cls: 'vault-stack-none', text: 'none' });
  const backup = tr.createEl('td', { attr: { 'data-label': 'Backup' } });
  if (s.backup) {
    linkedNote(backup, s.backup, actions);
    if (s.backup.state) badge(backup, s.backup.state, `state-${s.backup.state}`);
  } else backup.createSpan({ cls: 'vault-stack-none vault-stack-missing', text: 'no backup' });
  const secrets = tr.createEl('td', { attr: { 'data-label': 'Secrets' } });
  if (s.secrets.length === 0) secrets.createSpan({ cls: 'vault-stack-none', text: 'none' });
  else {
    const ul = secrets.createEl('ul', { cls: 'vault-stack-inline-list' });
    for (const secret of s.secrets) linkedNote(ul.createEl('li'), secret, actions);
  }
  return tr;
}

function backupRow(list: ViewElement, b: BackupRow, actions: DashboardActions): ViewElement {
  const li = list.createEl('li', { cls: ['vault-stack-row', 'vault-stack-backup', `vault-stack-state-${b.state}`] });
  badge(li, b.state === 'never' ? 'never run' : b.state, `state-${b.state}`);
  const main = li.createDiv({ cls: 'vault-stack-row-main' });
  const titleLine = main.createDiv({ cls: 'vault-stack-row-title' });
  noteLink(titleLine, b.title, b.path, actions, 'last-run');
  titleLine.createSpan({ cls: 'vault-stack-tool', text: b.tool });
  const meta = main.createDiv({ cls: 'vault-stack-meta' });
  meta.createSpan({ cls: 'vault-stack-summary', text: b.summary });
  if (b.snapshot) {
    const seen = meta.createSpan({ cls: 'vault-stack-snapshot' });
    statusDot(seen, b.snapshot);
    seen.createSpan({ text: `repository: ${b.snapshot.detail}` });
  }
  if (b.nextRun && b.state === 'ok') {
    const next = meta.createSpan({ cls: 'vault-stack-next-run', text: 'next ' });
    dateEl(next, b.nextRun);
  }
  const record = actions.recordBackupRun?.bind(actions);
  if (record) {
    const controls = li.createDiv({ cls: 'vault-stack-row-actions' });
    actionButton(controls, {
      text: 'Ran OK',
      label: `Record a successful run of ${b.title}`,
      cls: 'vault-stack-backup-ok',
      run: () => record(b.path, 'ok'),
    });
    actionButton(controls, {
      text: 'Failed',
      label: `Record a failed run of ${b.title}`,
      cls: 'vault-stack-backup-failed',
      run: () => record(b.path, 'failed'),
    });
  }
  return li;
}

function secretRow(list: ViewElement, s: SecretRow, actions: DashboardActions): ViewElement {
  const li = list.createEl('li', { cls: ['vault-stack-row', 'vault-stack-secret'] });
  li.toggleClass('is-due', s.due);
  const main = li.createDiv({ cls: 'vault-stack-row-main' });
  const titleLine = main.createDiv({ cls: 'vault-stack-row-title' });
  noteLink(titleLine, s.title, s.path, actions, 'rotated');
  titleLine.createSpan({ cls: 'vault-stack-tool', text: s.store });
  const meta = main.createDiv({ cls: 'vault-stack-meta' });
  meta.createSpan({ cls: s.due ? 'vault-stack-when is-overdue' : 'vault-stack-when', text: s.when });
  dateEl(meta, s.rotateBy);
  const rotated = actions.markSecretRotated?.bind(actions);
  if (rotated) {
    const controls = li.createDiv({ cls: 'vault-stack-row-actions' });
    actionButton(controls, {
      text: 'Rotated',
      label: `Mark ${s.title} rotated today`,
      cls: 'vault-stack-rotated',
      run: () => rotated(s.path),
    });
  }
  return li;
}

function expiryRow(list: ViewElement, e: ExpiryRow, actions: DashboardActions): ViewElement {
  const li = list.createEl('li', {
    cls: ['vault-stack-row', 'vault-stack-expiry', `vault-stack-severity-${e.severity}`],
  });
  badge(li, e.severity, e.severity);
  const main = li.createDiv({ cls: 'vault-stack-row-main' });
  noteLink(main.createDiv({ cls: 'vault-stack-row-title' }), e.title, e.path, actions, e.field);
  const meta = main.createDiv({ cls: 'vault-stack-meta' });
  meta.createSpan({ cls: 'vault-stack-when', text: e.when });
  dateEl(meta, e.date);
  return li;
}

/** A status dot for an observation (up, down, ok, failed, unknown), its sentence and time as the tooltip. */
function statusDot(parent: ViewElement, status: ObservedStatus): void {
  const label = `${status.state}: ${status.detail} (checked ${status.at.replace('T', ' ')})`;
  parent.createSpan({
    cls: ['vault-stack-status-dot', `vault-stack-status-${status.state}`],
    attr: { title: label, 'aria-label': label, role: 'img' },
  });
}
