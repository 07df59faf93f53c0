import { expiryEntry } from '../attention/expiryEntry';
import { expiryPhrase, days } from '../attention/phrases';
import { differenceInCalendarDays } from '../dates';
import type { ItemIndex } from '../index/ItemIndex';
import { basenameOf } from '../index/linkPath';
import { backupState } from '../kinds/backup';
import { deviceState } from '../kinds/device';
import { domainState } from '../kinds/domain';
import { secretState } from '../kinds/secret';
import { isKind, type Item, type ItemOf } from '../model/Item';
import type { Observation } from '../observe/Observation';
import type { DateDisplay } from './DashboardOptions';
import type {
  BackupRow,
  BackupStateName,
  ExpiryRow,
  InfrastructureSection,
  LinkedNote,
  ObservedStatus,
  SecretRow,
  ServiceRow,
} from './DashboardModel';
import { formatDate } from './formatDate';
import { firstRows } from './rowLimit';
import { safeHttpUrl } from './safeUrl';
import { compareStrings } from '../index/linkPath';

/** What the infrastructure section needs to know about the moment and the user's preferences. */
export interface InfrastructureOptions {
  today: string;
  now: string;
  horizonDays: number;
  display: DateDisplay;
  /** The observation state by `observationKey` (`health:<path>`), read once per drawn row. */
  observations?: ReadonlyMap<string, Observation>;
}

const STATE_RANK: Record<BackupStateName, number> = { failed: 0, stale: 1, never: 2, ok: 3 };

/**
 * Services with their host, backup (and its freshness), secrets and domain; backups by state
 * (failed, stale, never, ok); secrets whose rotation is due within the horizon; and expiries of
 * domains, TLS certificates, secrets and warranties within the horizon, soonest first. Each list
 * holds its first `ROW_LIMIT` rows (built after ranking) and `totals` its full count.
 * @example infrastructureSection(index, { today, now, horizonDays: 90, display: 'iso' }).backups[0]?.state // 'failed'
 */
export function infrastructureSection(index: ItemIndex, o: InfrastructureOptions): InfrastructureSection {
  const services: ItemOf<'service'>[] = [];
  const backups: RankedBackup[] = [];
  const secrets: RankedSecret[] = [];
  const expiries: Expiry[] = [];
  for (const item of index.byGroup('infra')) {
    if (isKind(item, 'service')) services.push(item);
    else if (isKind(item, 'backup')) backups.push({ item, state: backupState(item.data, o.now) });
    else if (isKind(item, 'secret')) {
      const secret = rotationDue(item, o);
      if (secret) secrets.push(secret);
    }
    expiries.push(...expiriesOf(item, o));
  }
  services.sort(compareServices);
  backups.sort(compareBackups);
  secrets.sort(compareSecrets);
  expiries.sort(compareExpiries);
  return {
    id: 'infrastructure',
    heading: 'Infrastructure',
    services: firstRows(services, (item) => serviceRow(index, item, o)),
    backups: firstRows(backups, (b) => backupRow(b, o)),
    secrets: firstRows(secrets, (s) => secretRow(s, o)),
    expiries: firstRows(expiries, (e) => expiryRow(e, o)),
    totals: { services: services.length, backups: backups.length, secrets: secrets.length, expiries: expiries.length },
    horizonDays: o.horizonDays,
  };
}

/** Services by title, then path. */
export function compareServices(a: ItemOf<'service'>, b: ItemOf<'service'>): number {
  return compareStrings(a.title, b.title) || compareStrings(a.path, b.path);
}

/** Backups by state (failed, stale, never, ok), then title and path. */
export function compareBackups(a: RankedBackup, b: RankedBackup): number {
  return (
    STATE_RANK[a.state.state] - STATE_RANK[b.state.state] ||
    compareStrings(a.item.title, b.item.title) ||
    compareStrings(a.item.path, b.item.path)
  );
}

/** Secrets by the day to rotate by, then title and path. */
export function compareSecrets(a: RankedSecret, b: RankedSecret): number {
  return (
    compareStrings(a.rotateBy, b.rotateBy) ||
    compareStrings(a.item.title, b.item.title) ||
    compareStrings(a.item.path, b.item.path)
  );
}

/** Expiries soonest first, then title, field and path. */
export function compareExpiries(a: Expiry, b: Expiry): number {
  return (
    a.daysLeft - b.daysLeft ||
    compareStrings(a.title, b.title) ||
    compareStrings(a.field, b.field) ||
    compareStrings(a.path, b.path)
  );
}

/** A backup job with its state at `now`. */
export interface RankedBackup {
  item: ItemOf<'backup'>;
  state: ReturnType<typeof backupState>;
}
/** A secret whose rotation falls within the horizon. */
export interface RankedSecret {
  item: ItemOf<'secret'>;
  rotateBy: string;
  left: number;
  due: boolean;
}
/** An expiry row before its date is formatted (only the drawn ones are). */
export type Expiry = Omit<ExpiryRow, 'date'> & { date: string };

/** An expiry as the row the section shows. */
export function expiryRow({ date, ...rest }: Expiry, o: InfrastructureOptions): ExpiryRow {
  return { ...rest, date: formatDate(date, o.today, o.display) };
}

function linked(index: ItemIndex, target: string, from: string): LinkedNote {
  const path = index.resolve(target, from);
  if (path === null) return { title: target, path: null };
  return { title: index.get(path)?.title ?? basenameOf(path), path };
}

/** A service as its row: host, backup (and its state), secrets, domain, health. */
export function serviceRow(index: ItemIndex, item: ItemOf<'service'>, o: InfrastructureOptions): ServiceRow {
  const now = o.now;
  const d = item.data;
  const row: ServiceRow = {
    path: item.path,
    title: item.title,
    href: safeHttpUrl(d.url),
    secrets: d.secrets.map((s) => linked(index, s, item.path)),
  };
  if (d.url !== undefined) row.urlText = d.url;
  if (d.host !== undefined) row.host = linked(index, d.host, item.path);
  if (d.domain !== undefined) row.domain = linked(index, d.domain, item.path);
  if (d.backup !== undefined) {
    const backup: ServiceRow['backup'] = linked(index, d.backup, item.path);
    const target = backup.path === null ? undefined : index.get(backup.path);
    if (target && isKind(target, 'backup')) backup.state = backupState(target.data, now).state;
    row.backup = backup;
  }
  const health = o.observations?.get(`health:${item.path}`);
  if (health) row.health = observedStatus(health);
  return row;
}

/** An observation as the dashboard shows it (health says up/down). */
function observedStatus(seen: Observation): ObservedStatus {
  const state =
    seen.status === 'unknown'
      ? 'unknown'
      : seen.check === 'health'
        ? seen.status === 'ok'
          ? 'up'
          : 'down'
        : seen.status;
  return {
    state,
    detail: seen.detail,
    at: seen.at,
    ...(seen.latencyMs === undefined ? {} : { latencyMs: seen.latencyMs }),
  };
}

/** A backup job as its row: state, last and next run, the repository's newest snapshot. */
export function backupRow({ item, state: s }: RankedBackup, o: InfrastructureOptions): BackupRow {
  const d = item.data;
  const row: BackupRow = { path: item.path, title: item.title, tool: d.tool, state: s.state, summary: '' };
  if (d.lastRun) row.lastRun = formatDate(d.lastRun, o.today, o.display);
  if (s.nextRun) row.nextRun = formatDate(s.nextRun, o.today, o.display);
  const result = d.lastResult === 'failed' ? 'failed' : d.lastResult === 'ok' ? 'ok' : 'result not recorded';
  if (row.lastRun) row.summary = `last run ${row.lastRun.text}, ${result}`;
  else row.summary = s.state === 'failed' ? 'last run failed' : 'never run';
  const snapshot = o.observations?.get(`snapshot:${item.path}`);
  if (snapshot) row.snapshot = observedStatus(snapshot);
  return row;
}

/** The secret when its rotation falls within the horizon (and it has not expired), else null. */
export function rotationDue(item: ItemOf<'secret'>, o: InfrastructureOptions): RankedSecret | null {
  const s = secretState(item.data, o.today);
  if (s.rotateBy === undefined || s.expired) return null;
  const left = differenceInCalendarDays(s.rotateBy, o.today);
  if (left > o.horizonDays) return null;
  return { item, rotateBy: s.rotateBy, left, due: s.rotationDue };
}

/** A secret to rotate as its row. */
export function secretRow({ item, rotateBy, left, due }: RankedSecret, o: InfrastructureOptions): SecretRow {
  const when =
    left > 0 ? `rotate in ${days(left)}` : left === 0 ? 'rotation due today' : `rotation overdue by ${days(-left)}`;
  return {
    path: item.path,
    title: item.title,
    store: item.data.store,
    rotateBy: formatDate(rotateBy, o.today, o.display),
    due,
    when,
  };
}

/** What of the item expires within the horizon: a domain and its TLS certificate, a secret, a warranty. */
export function expiriesOf(item: Item, o: InfrastructureOptions): Expiry[] {
  const out: Expiry[] = [];
  const add = (
    field: string,
    subject: string,
    date: string | undefined,
    daysLeft: number | undefined,
    autoRenew?: boolean,
  ): void => {
    if (date === undefined || daysLeft === undefined) return;
    const entry = expiryEntry({ item, field, subject, daysLeft, horizonDays: o.horizonDays, autoRenew });
    if (!entry) return;
    out.push({
      path: item.path,
      title: item.title,
      kind: item.kind,
      subject,
      field,
      date,
      daysLeft,
      when: entry.reason,
      severity: entry.severity,
    });
  };
  if (isKind(item, 'domain')) {
    const s = domainState(item.data, o.today);
    add('expires', 'domain', item.data.expires, s.expiresInDays, item.data.autoRenew);
    add('tls-expires', 'TLS certificate', item.data.tlsExpires, s.tlsExpiresInDays);
  } else if (isKind(item, 'secret')) {
    add('expires', 'secret', item.data.expires, secretState(item.data, o.today).expiresInDays);
  } else if (isKind(item, 'device')) {
    const left = deviceState(item.data, o.today).warrantyEndsInDays;
    // An ended warranty is history, not something to act on.
    if (item.data.warranty !== undefined && left !== undefined && left >= 0 && left <= o.horizonDays) {
      out.push({
        path: item.path,
        title: item.title,
        kind: item.kind,
        subject: 'warranty',
        field: 'warranty',
        date: item.data.warranty,
        daysLeft: left,
        when: expiryPhrase('warranty', left, 'ends', 'ended'),
        severity: 'info',
      });
    }
  }
  return out;
}
