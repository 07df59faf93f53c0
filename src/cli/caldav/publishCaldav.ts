import { createHash } from 'node:crypto';
import { icsCalendar, icsComponents } from '../../core/formats/ics';
import { icsTodo } from '../../core/formats/icsTodo';
import { ICS_UID_PREFIX } from '../../core/formats/icsUid';
import type { Item } from '../../core/model/Item';
import { CliError } from '../CliError';
import { errnoCode } from '../errnoCode';
import type { CliIo } from '../io';
import { Progress } from '../progress';
import { DavClient, type DavResponse } from './davRequest';
import { parseMultistatus, type DavEntry } from './multistatus';

/** Where the password of `http://user@host/…` comes from: never the command line. */
export const CALDAV_PASSWORD_ENV = 'VAULT_STACK_CALDAV_PASSWORD';

/** The property holding a hash of what we wrote (without DTSTAMP), so an unchanged task is not sent again. */
const HASH_PROPERTY = 'X-VAULT-STACK-HASH';

/** Our resource names: `<uid>.ics` with a UID we make; nothing else in the collection is touched. */
const OWN_NAME = new RegExp(`^${ICS_UID_PREFIX}[0-9a-f]{16}-[a-z-]+\\.ics$`);

/** What a publish did. */
export interface PublishCounts {
  created: number;
  updated: number;
  unchanged: number;
  deleted: number;
  /** Resources changed on the server between listing and writing (HTTP 412): left as they are. */
  conflicts: string[];
  /** True when the collection did not exist and was made (MKCALENDAR). */
  madeCollection: boolean;
}

/** What a publish needs: the collection URL as given, the items, DTSTAMP and the environment. */
export interface PublishInput {
  io: CliIo;
  url: string;
  items: readonly Item[];
  stamp: string;
}

/**
 * Puts every task as a VTODO into a CalDAV collection, `<uid>.ics` per task: makes the collection
 * when it is missing (MKCALENDAR), creates new resources (`If-None-Match: *`), updates changed ones
 * (`If-Match` with the listed ETag), leaves unchanged ones, and deletes the resources with our UID
 * prefix whose task left the vault. Basic auth: the user from the URL, the password from
 * `VAULT_STACK_CALDAV_PASSWORD`.
 */
export async function publishCaldav(input: PublishInput): Promise<PublishCounts> {
  const { io } = input;
  const target = collectionUrl(input.url);
  const user = target.username === '' ? undefined : decodeURIComponent(target.username);
  const password = io.env[CALDAV_PASSWORD_ENV];
  if (user !== undefined && (password === undefined || password === ''))
    throw new CliError(
      'USAGE',
      `no password for ${user}: set ${CALDAV_PASSWORD_ENV}`,
      `for example \`read -rs ${CALDAV_PASSWORD_ENV} && export ${CALDAV_PASSWORD_ENV}\`; never put it in the URL`,
    );
  target.username = '';
  target.password = '';
  const dav = new DavClient(target, user, password);
  const call = (method: string, url: URL, headers?: Record<string, string>, body?: string): Promise<DavResponse> =>
    dav.send(method, url, headers, body).catch((error: unknown) => {
      throw new CliError(
        'IO',
        `cannot reach ${target.origin} (${errnoCode(error)})`,
        'check the URL and that the server runs',
      );
    });
  try {
    const counts: PublishCounts = {
      created: 0,
      updated: 0,
      unchanged: 0,
      deleted: 0,
      conflicts: [],
      madeCollection: false,
    };
    counts.madeCollection = await ensureCalendar(call, target, user);
    const existing = await listResources(call, target, user);
    const wanted = resources(input.items, input.stamp);
    const progress = new Progress(io, 'publishing', wanted.size + existing.size, undefined, 'resources');
    let done = 0;
    for (const [name, body] of wanted) {
      progress.update(++done);
      const old = existing.get(name);
      if (old !== undefined && hashOf(old.calendarData ?? '') === hashOf(body)) {
        counts.unchanged++;
        continue;
      }
      const headers: Record<string, string> = { 'content-type': 'text/calendar; charset=utf-8' };
      if (old?.etag !== undefined) headers['if-match'] = old.etag;
      else if (old === undefined) headers['if-none-match'] = '*';
      const res = await call('PUT', new URL(encodeURIComponent(name), target), headers, body);
      if (res.status === 412) counts.conflicts.push(name);
      else if (res.status >= 200 && res.status < 300) counts[old === undefined ? 'created' : 'updated']++;
      else throw httpError(res, `PUT ${name}`, user);
    }
    for (const [name, entry] of existing) {
      progress.update(++done);
      if (wanted.has(name)) continue;
      const headers: Record<string, string> = entry.etag === undefined ? {} : { 'if-match': entry.etag };
      const res = await call('DELETE', new URL(encodeURIComponent(name), target), headers);
      if (res.status === 412) counts.conflicts.push(name);
      else if ((res.status >= 200 && res.status < 300) || res.status === 404) counts.deleted++;
      else throw httpError(res, `DELETE ${name}`, user);
    }
    progress.finish();
    return counts;
  } finally {
    dav.close();
  }
}

type Call = (method: string, url: URL, headers?: Record<string, string>, body?: string) => Promise<DavResponse>;

/** The collection URL (http or https) ending in `/`; a password in it is refused. */
function collectionUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new CliError('USAGE', `"${text}" is not a URL`, 'give the collection as http(s)://user@host/path/');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new CliError('USAGE', `${url.protocol} URLs are not CalDAV: give an http:// or https:// URL`);
  if (url.password !== '')
    throw new CliError(
      'USAGE',
      'the URL holds a password: it would show in the process list and shell history',
      `give only the user (http://user@host/…) and the password in ${CALDAV_PASSWORD_ENV}`,
    );
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  url.search = '';
  url.hash = '';
  return url;
}

const PROPFIND_TYPE =
  '<?xml version="1.0" encoding="utf-8"?><d:propfind xmlns:d="DAV:"><d:prop><d:resourcetype/></d:prop></d:propfind>';

/** Checks that the collection is a calendar, making it when it is missing; true when it was made. */
async function ensureCalendar(call: Call, target: URL, user: string | undefined): Promise<boolean> {
  const res = await call(
    'PROPFIND',
    target,
    { depth: '0', 'content-type': 'application/xml; charset=utf-8' },
    PROPFIND_TYPE,
  );
  if (res.status === 404) {
    const made = await call(
      'MKCALENDAR',
      target,
      { 'content-type': 'application/xml; charset=utf-8' },
      MKCALENDAR_BODY,
    );
    if (made.status === 201 || made.status === 200) return true;
    if (made.status === 409)
      throw new CliError(
        'IO',
        `cannot make the calendar ${target.href}: its parent collection does not exist (HTTP 409)`,
      );
    throw httpError(made, 'MKCALENDAR', user);
  }
  if (res.status !== 207) throw httpError(res, 'PROPFIND', user);
  const self = parseMultistatus(res.body)[0];
  if (!self?.resourceTypes.includes('calendar'))
    throw new CliError(
      'IO',
      `${target.href} is not a calendar collection (${self?.resourceTypes.includes('collection') ? 'a plain WebDAV folder' : 'not a collection'})`,
      'give the URL of a CalDAV calendar, or a new path under your principal to have it made',
    );
  return false;
}

const MKCALENDAR_BODY =
  '<?xml version="1.0" encoding="utf-8"?><c:mkcalendar xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav"><d:set><d:prop>' +
  '<d:displayname>Vault Stack</d:displayname><c:supported-calendar-component-set><c:comp name="VTODO"/>' +
  '</c:supported-calendar-component-set></d:prop></d:set></c:mkcalendar>';

const REPORT_TODOS =
  '<?xml version="1.0" encoding="utf-8"?><c:calendar-query xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav">' +
  '<d:prop><d:getetag/><c:calendar-data/></d:prop><c:filter><c:comp-filter name="VCALENDAR"><c:comp-filter name="VTODO"/>' +
  '</c:comp-filter></c:filter></c:calendar-query>';

/** Our resources in the collection, by name, with their ETag and data (one calendar-query REPORT). */
async function listResources(call: Call, target: URL, user: string | undefined): Promise<Map<string, DavEntry>> {
  const res = await call(
    'REPORT',
    target,
    { depth: '1', 'content-type': 'application/xml; charset=utf-8' },
    REPORT_TODOS,
  );
  if (res.status !== 207) throw httpError(res, 'REPORT', user);
  const out = new Map<string, DavEntry>();
  for (const entry of parseMultistatus(res.body)) {
    const name = decodeURIComponent(entry.href.replace(/\/+$/, '').split('/').pop() ?? '');
    if (OWN_NAME.test(name)) out.set(name, entry);
  }
  return out;
}

/** Every task as its own VCALENDAR resource, by name, each with the hash of its content. */
function resources(items: readonly Item[], stamp: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const c of icsComponents(items, { stamp, todo: icsTodo })) {
    if (c.type !== 'VTODO') continue;
    const text = icsCalendar([c], 'Vault Stack', false);
    const hashed = text.replace('END:VTODO\r\n', `${HASH_PROPERTY}:${contentHash(text)}\r\nEND:VTODO\r\n`);
    out.set(`${c.uid}.ics`, hashed);
  }
  return out;
}

/** A hash of a resource without its DTSTAMP (which changes on every run). */
function contentHash(text: string): string {
  return createHash('sha256')
    .update(text.replace(/\r\nDTSTAMP:[^\r]*/, ''))
    .digest('hex')
    .slice(0, 32);
}

/** The hash a stored resource carries (after unfolding), or undefined. */
function hashOf(text: string): string | undefined {
  return new RegExp(`(?:^|\\n)${HASH_PROPERTY}:([0-9a-f]+)`).exec(text.replace(/\r?\n[ \t]/g, ''))?.[1];
}

/** A clear error for an HTTP failure: credentials, permissions, or the status the server gave. */
function httpError(res: DavResponse, what: string, user: string | undefined): CliError {
  if (res.status === 401)
    return new CliError(
      'IO',
      user === undefined
        ? 'the server asks for a login (HTTP 401)'
        : `the server refused the login of ${user} (HTTP 401)`,
      `put the user in the URL (http://user@host/…) and the password in ${CALDAV_PASSWORD_ENV}`,
    );
  if (res.status === 403) return new CliError('IO', `${what}: ${user ?? 'anonymous'} may not do that here (HTTP 403)`);
  if (res.status === 405 && (what === 'PROPFIND' || what === 'REPORT'))
    return new CliError('IO', `${what} is not allowed there (HTTP 405): not a CalDAV server or collection`);
  return new CliError(
    'IO',
    `${what} failed: HTTP ${res.status}${res.body ? ` (${res.body.trim().slice(0, 120)})` : ''}`,
  );
}
