import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { icsUid } from '../../src/core/formats/icsUid';
import { runAsync } from '../../src/cli/run';
import { sendOverLoopback } from '../support/loopbackRequest';
import { parseWithPython, pythonIcalendarAvailability } from '../support/icalParsers';
import { Radicale, radicaleAvailability } from '../support/radicale';
import { MemoryIo } from './support/MemoryIo';
import { TempVault } from './support/TempVault';

const radicale = radicaleAvailability();
if (!radicale.run) console.warn(radicale.reason);
const describeRadicale = radicale.run ? describe : describe.skip;

describeRadicale('vault-stack publish caldav (a real Radicale on loopback)', () => {
  let server: Radicale;
  let vault: TempVault;
  let url: string;

  async function publish(
    collection: string,
    password: string | null = 'correct horse',
  ): Promise<{ code: number; out: string; err: string }> {
    const io = new MemoryIo(vault.root, { cacheHome: join(vault.root, '.cache-home') });
    if (password !== null) io.env.VAULT_STACK_CALDAV_PASSWORD = password;
    const code = await runAsync(
      ['publish', 'caldav', collection, vault.root, '--today', '2026-12-03', '--no-cache'],
      io,
    );
    return { code, out: io.out, err: io.err };
  }

  /** What Radicale answers a client listing the collection (PROPFIND Depth 1), as hrefs. */
  async function listed(path: string): Promise<string[]> {
    const res = await sendOverLoopback({
      url: `${server.base}${path}`,
      method: 'PROPFIND',
      headers: { depth: '1', authorization: `Basic ${Buffer.from('alice:correct horse').toString('base64')}` },
    });
    expect(res.status).toBe(207);
    const xml = res.bytes.toString('utf8');
    return [...xml.matchAll(/<(?:\w+:)?href>([^<]*)<\/(?:\w+:)?href>/g)]
      .map((m) => m[1] ?? '')
      .filter((h) => h.endsWith('.ics'));
  }

  beforeAll(async () => {
    server = await new Radicale().start({ alice: 'correct horse' });
    url = `http://alice@127.0.0.1:${server.port}/alice/tasks/`;
    vault = new TempVault()
      .note('Tasks/Pay rent.md', ['stack: task', 'due: 2026-12-31', 'every: month', 'priority: high'])
      .note('Tasks/Call Bob.md', ['stack: task', 'due: 2026-12-07T14:30', 'status: doing'])
      .note('Tasks/Someday.md', ['stack: task'])
      .note('Infra/example.com.md', ['stack: domain', 'name: example.com', 'expires: 2027-02-01']);
  });
  afterAll(async () => {
    await server?.stop();
    vault?.remove();
  });

  it('makes the missing calendar and puts every task as a VTODO named by its UID', async () => {
    const run = await publish(url);
    expect(run.err).toBe(
      `caldav: calendar made, 3 created, 0 updated, 0 unchanged, 0 deleted → http://127.0.0.1:${server.port}/alice/tasks/\n`,
    );
    expect(run.code).toBe(0);
    const uids = ['Tasks/Call Bob.md', 'Tasks/Pay rent.md', 'Tasks/Someday.md'].map((p) => icsUid(p, 'task'));
    expect([...server.items('/alice/tasks/').keys()].sort()).toEqual(uids.map((u) => `${u}.ics`).sort());
    expect((await listed('/alice/tasks/')).sort()).toEqual(uids.map((u) => `/alice/tasks/${u}.ics`).sort());
    const rent = server.items('/alice/tasks/').get(`${icsUid('Tasks/Pay rent.md', 'task')}.ics`) ?? '';
    expect(rent).toMatch(/BEGIN:VTODO/);
    expect(rent).toMatch(/RRULE:FREQ=MONTHLY;BYMONTHDAY=28,29,30,31;BYSETPOS=-1/);
  });

  const python = pythonIcalendarAvailability();
  (python.run ? it : it.skip)('stores resources python-icalendar reads as the tasks', () => {
    const call = server.items('/alice/tasks/').get(`${icsUid('Tasks/Call Bob.md', 'task')}.ics`) ?? '';
    expect(parseWithPython(call).components).toMatchObject([
      { type: 'VTODO', summary: 'Call Bob', due: '2026-12-07T14:30:00', status: 'IN-PROCESS' },
    ]);
  });

  it('sends nothing again when nothing changed', async () => {
    const file = join(server.folder('/alice/tasks/'), `${icsUid('Tasks/Pay rent.md', 'task')}.ics`);
    const before = statSync(file).mtimeMs;
    const run = await publish(url);
    expect(run.err).toMatch(/^caldav: 0 created, 0 updated, 3 unchanged, 0 deleted/);
    expect(statSync(file).mtimeMs).toBe(before);
  });

  it('updates a changed task in place and deletes one that left the vault, but never a resource it did not make', async () => {
    const foreign =
      'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Other//EN\r\nBEGIN:VTODO\r\nUID:phone-1\r\nDTSTAMP:20261201T000000Z\r\nSUMMARY:From my phone\r\nEND:VTODO\r\nEND:VCALENDAR\r\n';
    const put = await sendOverLoopback({
      url: `${server.base}/alice/tasks/phone-1.ics`,
      method: 'PUT',
      contentType: 'text/calendar',
      headers: { authorization: `Basic ${Buffer.from('alice:correct horse').toString('base64')}` },
      body: foreign,
    });
    expect(put.status).toBe(201);
    vault.note('Tasks/Pay rent.md', ['stack: task', 'title: Pay the rent', 'due: 2026-12-31', 'every: month']);
    rmSync(join(vault.root, 'Tasks/Someday.md'));
    const run = await publish(url);
    expect(run.err).toMatch(/^caldav: 0 created, 1 updated, 1 unchanged, 1 deleted/);
    const items = server.items('/alice/tasks/');
    expect([...items.keys()].sort()).toEqual(
      [
        'phone-1.ics',
        `${icsUid('Tasks/Call Bob.md', 'task')}.ics`,
        `${icsUid('Tasks/Pay rent.md', 'task')}.ics`,
      ].sort(),
    );
    expect(items.get(`${icsUid('Tasks/Pay rent.md', 'task')}.ics`)).toMatch(/SUMMARY:Pay the rent/);
  });

  it('says the login was refused (HTTP 401) for a wrong password, and asks for one when none is set', async () => {
    const wrong = await publish(url, 'wrong');
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain('the server refused the login of alice (HTTP 401)');
    const none = await publish(url, null);
    expect(none.code).toBe(2);
    expect(none.err).toContain('no password for alice: set VAULT_STACK_CALDAV_PASSWORD');
  });

  it('refuses a password in the URL, a collection that is not a calendar, and an unreachable server', async () => {
    const inUrl = await publish(`http://alice:pw@127.0.0.1:${server.port}/alice/tasks/`);
    expect([inUrl.code, inUrl.err]).toEqual([2, expect.stringContaining('the URL holds a password')]);
    const principal = await publish(`http://alice@127.0.0.1:${server.port}/alice/`);
    expect([principal.code, principal.err]).toEqual([2, expect.stringContaining('is not a calendar collection')]);
    const closed = await publish('http://alice@127.0.0.1:1/alice/tasks/');
    expect([closed.code, closed.err]).toEqual([
      2,
      expect.stringContaining('cannot reach http://127.0.0.1:1 (ECONNREFUSED)'),
    ]);
  });
});
