import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { exportIcs, icsComponents } from '../../../src/core/formats/ics';
import { icsTodo } from '../../../src/core/formats/icsTodo';
import { icsUid } from '../../../src/core/formats/icsUid';
import type { Item } from '../../../src/core/model/Item';
import { aDevice, aDomain, aSecret, aService, aTask } from '../../builders/itemBuilders';
import {
  khalAvailability,
  khalPrintics,
  parseWithPython,
  pythonIcalendarAvailability,
  type ParsedComponent,
} from '../../support/icalParsers';

const STAMP = '20261203T065300Z';

function vault(): Item[] {
  return [
    aTask().at('Tasks/Pay rent.md').with('due', '2026-12-31').with('every', 'month').with('priority', 'high').item(),
    aTask().at('Tasks/Call; Bob, maybe.md').with('due', '2026-12-07T14:30').with('tags', ['phone', 'a,b']).item(),
    aTask().at('Tasks/Water plants.md').with('scheduled', '2026-12-04').with('every', '3 days when done').item(),
    aTask().at('Tasks/Someday.md').item(),
    aTask().at('Tasks/Filed taxes.md').with('due', '2026-11-01').with('status', 'done').item(),
    aDomain()
      .at('Infra/example.com.md')
      .with('name', 'example.com')
      .with('expires', '2027-03-01')
      .with('tls-expires', '2026-12-20')
      .item(),
    aSecret()
      .at('Infra/API token.md')
      .with('store', 'pass')
      .with('ref', 'api/token')
      .with('rotate', '90d')
      .with('rotated', '2026-10-01')
      .item(),
    aDevice().at('Infra/NAS.md').with('warranty', '2028-05-10').item(),
    aService().at('Infra/Wiki.md').with('url', 'https://wiki.example.com').item(),
  ];
}

const byUid = (components: ParsedComponent[], path: string, field: string): ParsedComponent => {
  const c = components.find((x) => x.uid === icsUid(path, field));
  if (!c) throw new Error(`no component for ${path} ${field}`);
  return c;
};

describe('exportIcs', () => {
  it('writes CRLF lines only, none over 75 octets', () => {
    const text = exportIcs(vault(), { stamp: STAMP });
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });

  it('gives the same bytes for the same vault in any order, and UIDs from the path and the date field', () => {
    const items = vault();
    const once = exportIcs(items, { stamp: STAMP });
    expect(exportIcs([...items].reverse(), { stamp: STAMP })).toBe(once);
    expect(once).toContain(`UID:${icsUid('Infra/example.com.md', 'tls-expires')}\r\n`);
    expect(icsUid('Infra/example.com.md', 'expires')).not.toBe(icsUid('Infra/example.org.md', 'expires'));
    expect(icsUid('a.md', 'due')).toMatch(/^vault-stack-[0-9a-f]{16}-due$/);
  });

  it('refuses a DTSTAMP that is not a UTC time', () => {
    expect(() => exportIcs([], { stamp: '2026-12-03' })).toThrow(/DTSTAMP/);
  });
});

const python = pythonIcalendarAvailability();
const describePython = python.run ? describe : describe.skip;
if (!python.run) console.warn(python.reason);

describePython('python3-icalendar reads the feed', () => {
  const parsed = parseWithPython(exportIcs(vault(), { stamp: STAMP }));
  const components = parsed.components;

  it('as a valid calendar without parse errors', () => {
    expect(parsed.version).toBe('2.0');
    expect(parsed.prodid).toBe('-//Vault Stack//Vault Stack//EN');
    expect(parsed.errors).toEqual([]);
    expect(components.flatMap((c) => c.errors)).toEqual([]);
  });

  it('with dated open tasks as all-day events (a datetime as a timed instant), undated and done tasks left out', () => {
    expect(components.map((c) => c.type)).toEqual(Array(components.length).fill('VEVENT'));
    const rent = byUid(components, 'Tasks/Pay rent.md', 'due');
    expect(rent).toMatchObject({ summary: 'Pay rent', dtstart: '2026-12-31', dtend: '2027-01-01', priority: 1 });
    const call = byUid(components, 'Tasks/Call; Bob, maybe.md', 'due');
    expect(call).toMatchObject({ summary: 'Call; Bob, maybe', dtstart: '2026-12-07T14:30:00', duration: '0:00:00' });
    // python-icalendar 4.0.3 splits CATEGORIES at an escaped comma too, so the escape is checked in the text.
    expect(call.categories).toEqual(['phone', 'a', 'b']);
    expect(exportIcs(vault(), { stamp: STAMP })).toContain('\r\nCATEGORIES:phone,a\\,b\r\n');
    expect(byUid(components, 'Tasks/Water plants.md', 'scheduled').dtstart).toBe('2026-12-04');
    const uids = components.map((c) => c.uid);
    expect(uids).not.toContain(icsUid('Tasks/Someday.md', 'due'));
    expect(uids).not.toContain(icsUid('Tasks/Filed taxes.md', 'due'));
  });

  it('with a monthly task from the 31st repeating on the last day of shorter months', () => {
    const rent = byUid(components, 'Tasks/Pay rent.md', 'due');
    expect(rent.occurrences).toEqual([
      '2026-12-31',
      '2027-01-31',
      '2027-02-28',
      '2027-03-31',
      '2027-04-30',
      '2027-05-31',
    ]);
  });

  it('with a "when done" task carrying no RRULE and saying how it repeats', () => {
    const water = byUid(components, 'Tasks/Water plants.md', 'scheduled');
    expect(water.rrule).toBeNull();
    expect(water.description).toBe('Repeats: every 3 days when done\nNote: Tasks/Water plants.md');
  });

  it('with infra deadlines as all-day events carrying a display alarm', () => {
    expect(byUid(components, 'Infra/example.com.md', 'expires')).toMatchObject({
      summary: 'Domain example.com expires',
      dtstart: '2027-03-01',
      dtend: '2027-03-02',
      alarms: [{ action: 'DISPLAY', trigger: '-30 days, 0:00:00' }],
    });
    expect(byUid(components, 'Infra/example.com.md', 'tls-expires')).toMatchObject({
      summary: 'TLS certificate of example.com expires',
      dtstart: '2026-12-20',
      alarms: [{ action: 'DISPLAY', trigger: '-14 days, 0:00:00' }],
    });
    expect(byUid(components, 'Infra/API token.md', 'rotate')).toMatchObject({
      summary: 'Rotate secret API token',
      dtstart: '2026-12-30',
      alarms: [{ action: 'DISPLAY', trigger: '-7 days, 0:00:00' }],
    });
    expect(byUid(components, 'Infra/NAS.md', 'warranty')).toMatchObject({ summary: 'Warranty of NAS ends' });
    expect(components.some((c) => c.uid.startsWith(icsUid('Infra/Wiki.md', '')))).toBe(false);
  });

  it('with every task as a VTODO with DUE and STATUS under --todo', () => {
    const todo = parseWithPython(exportIcs(vault(), { stamp: STAMP, todo: icsTodo })).components;
    const todos = todo.filter((c) => c.type === 'VTODO');
    expect(todos).toHaveLength(5);
    expect(byUid(todo, 'Tasks/Pay rent.md', 'task')).toMatchObject({
      due: '2026-12-31',
      dtstart: '2026-12-31',
      status: 'NEEDS-ACTION',
      rrule: 'FREQ=MONTHLY;BYMONTHDAY=28,29,30,31;BYSETPOS=-1',
    });
    expect(byUid(todo, 'Tasks/Filed taxes.md', 'task')).toMatchObject({ due: '2026-11-01', status: 'COMPLETED' });
    expect(byUid(todo, 'Tasks/Someday.md', 'task')).toMatchObject({ due: null, dtstart: null, summary: 'Someday' });
    expect(todo.filter((c) => c.type === 'VEVENT')).toHaveLength(4);
  });

  it('keeps any title (emoji, long, escapes) and any date through the round trip (property)', () => {
    const title = fc
      .string({ unit: 'grapheme', minLength: 1, maxLength: 160 })
      // eslint-disable-next-line no-control-regex -- TEXT drops control characters: keep them out of the expected titles.
      .map((s) => s.replace(/[\u0000-\u001f\u007f]/g, '').trim())
      .filter(
        (s) => s.length > 0 && !/^[\s\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/.test(s),
      );
    const day = fc
      .integer({ min: 0, max: 3650 })
      .map((n) => new Date(Date.UTC(2025, 0, 1 + n)).toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.array(fc.tuple(title, day), { minLength: 1, maxLength: 25 }), (rows) => {
        const items = rows.map(([t, d], i) =>
          aTask()
            .at(`Tasks/t${String(i).padStart(2, '0')}.md`)
            .with('title', t)
            .with('due', d)
            .item(),
        );
        const got = parseWithPython(exportIcs(items, { stamp: STAMP }), 0).components;
        expect(got.map((c) => [c.summary, c.dtstart])).toEqual(
          items.map((it) => [it.title, it.data.type === 'task' ? it.data.due : '']),
        );
      }),
      { numRuns: 15, endOnFailure: true },
    );
  });
});

const khal = khalAvailability();
const describeKhal = khal.run ? describe : describe.skip;
if (!khal.run) console.warn(khal.reason);

describeKhal('khal printics reads the feed', () => {
  it('finding every event with its title, dates, repeat rule and alarm', () => {
    const items = vault();
    const { found, events } = khalPrintics(exportIcs(items, { stamp: STAMP }));
    const expected = icsComponents(items, { stamp: STAMP });
    expect(found).toBe(expected.length);
    const get = (path: string, field: string) => events.find((e) => e.uid === icsUid(path, field));
    expect(get('Tasks/Pay rent.md', 'due')).toMatchObject({
      title: 'Pay rent',
      start: '2026-12-31',
      end: '2026-12-31',
      repeat: 'FREQ=MONTHLY;BYMONTHDAY=28,29,30,31;BYSETPOS=-1',
      alarm: false,
    });
    expect(get('Tasks/Call; Bob, maybe.md', 'due')).toMatchObject({
      title: 'Call; Bob, maybe',
      start: '2026-12-07 14:30',
      end: '2026-12-07 14:30',
    });
    expect(get('Infra/example.com.md', 'expires')).toMatchObject({
      title: 'Domain example.com expires',
      start: '2027-03-01',
      alarm: true,
    });
    expect(get('Tasks/Water plants.md', 'scheduled')?.description).toBe(
      'Repeats: every 3 days when done\nNote: Tasks/Water plants.md',
    );
  });

  it('reading a start off the series day (RDATE) and the excluded anchor day (EXDATE) without complaint', () => {
    // 2026-12-01 is a Tuesday: `week on fri` keeps that day, skips Friday the 4th, then every Friday from the 11th.
    const task = aTask().at('Tasks/Review.md').with('due', '2026-12-01').with('every', 'week on fri').item();
    const text = exportIcs([task], { stamp: STAMP });
    expect(text).toContain('\r\nRDATE;VALUE=DATE:20261201\r\nEXDATE;VALUE=DATE:20261204\r\n');
    const { found, events } = khalPrintics(text);
    expect(found).toBe(1);
    expect(events).toMatchObject([{ title: 'Review', start: '2026-12-01', repeat: 'FREQ=WEEKLY;BYDAY=FR;WKST=MO' }]);
  });

  it('keeping a long title with emoji whole across folds', () => {
    const title = `Renouveler le certificat 🎉 de l'équipe, vite; ${'très long '.repeat(12)}✅`.trim();
    const { events } = khalPrintics(
      exportIcs([aTask().with('title', title).with('due', '2026-12-24').item()], { stamp: STAMP }),
    );
    expect(events.map((e) => e.title)).toEqual([title]);
  });
});
