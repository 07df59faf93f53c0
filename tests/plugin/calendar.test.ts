/** @jest-environment jsdom */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { icsUid } from '../../src/core/formats/icsUid';
import {
  clearNotices,
  fileAt,
  noticeMessages,
  readVaultFile,
  readVaultFiles,
  takeHandlerErrors,
  type App,
} from '../host/testing';
import { note, smallVault } from './support/fixtures';
import { loadedPlugin, run, settled } from './support/pluginHarness';
import { parseWithPython, pythonIcalendarAvailability } from '../support/icalParsers';

beforeEach(() => clearNotices());
afterEach(() => expect(takeHandlerErrors()).toEqual([]));

/** Counts the vault's `modify` events on one path from now on. */
function countWrites(app: App, path: string): { count: number } {
  const counter = { count: 0 };
  app.vault.on('modify', (file: { path: string }) => {
    if (file.path === path) counter.count++;
  });
  return counter;
}

const python = pythonIcalendarAvailability();

describe('calendar (ICS)', () => {
  test('"Export calendar (ICS)" writes stack.ics at the vault root: dated open tasks and the secret rotation', async () => {
    const { app } = await loadedPlugin(smallVault());

    run(app, 'export-calendar-ics');
    await settled(app);

    const text = readVaultFile(app, 'stack.ics');
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text).toContain(`UID:${icsUid('Tasks/Pay rent.md', 'due')}\r\n`);
    expect(text).toContain('SUMMARY:Renew passport\r\n');
    expect(text).toContain('SUMMARY:Rotate secret Cloudflare API token\r\n');
    expect(text).not.toContain('Water plants');
    expect(noticeMessages()).toEqual(['Wrote stack.ics (3 events).']);
    if (python.run) {
      const parsed = parseWithPython(text);
      expect(parsed.components.map((c) => [c.summary, c.dtstart])).toEqual([
        ['Rotate secret Cloudflare API token', '2026-09-01'],
        ['Pay rent', '2026-12-01'],
        ['Renew passport', '2026-11-20'],
      ]);
    }

    run(app, 'export-calendar-ics');
    await settled(app);
    expect(noticeMessages()).toEqual(['Wrote stack.ics (3 events).', 'stack.ics is up to date (3 events).']);
  });

  test('the kept calendar is off by default: editing items writes nothing', async () => {
    const { app, plugin } = await loadedPlugin(smallVault());

    await app.vault.process(fileAt(app, 'Tasks/Pay rent.md'), (t) => t.replace('2026-12-01', '2026-12-02'));
    await settled(app);
    await plugin.calendarFeed.flush();

    expect(Object.keys(readVaultFiles(app))).not.toContain('stack.ics');
  });

  test('with the setting on, the file follows item changes once they settle, and is not rewritten when nothing it shows changed', async () => {
    const { app, plugin } = await loadedPlugin(smallVault(), {
      calendar: { keepUpdated: true, path: 'Feeds/stack.ics' },
    });
    await settled(app);
    await plugin.calendarFeed.flush();
    expect(readVaultFile(app, 'Feeds/stack.ics')).toContain('DTSTART;VALUE=DATE:20261201\r\n');
    const writes = countWrites(app, 'Feeds/stack.ics');

    await app.vault.process(fileAt(app, 'Tasks/Pay rent.md'), (t) => t.replace('2026-12-01', '2026-12-03'));
    await settled(app);
    const beforeSettled = readVaultFile(app, 'Feeds/stack.ics');
    await plugin.calendarFeed.flush();

    expect(beforeSettled).toContain('DTSTART;VALUE=DATE:20261201\r\n');
    expect(readVaultFile(app, 'Feeds/stack.ics')).toContain('DTSTART;VALUE=DATE:20261203\r\n');
    expect(writes.count).toBe(1);

    await app.vault.process(fileAt(app, 'Habits/Meditate.md'), (t) =>
      t.replace('2026-11-27]', '2026-11-27, 2026-11-28]'),
    );
    plugin.context.clock = { today: () => '2026-11-28', now: () => '2026-11-28T10:45' };
    await settled(app);
    await plugin.calendarFeed.flush();

    expect(writes.count).toBe(1);
  });

  test('a folder in the way is reported, and nothing is written', async () => {
    const { app } = await loadedPlugin({ ...smallVault(), 'stack.ics/readme.md': note('title: x') });

    run(app, 'export-calendar-ics');
    await settled(app);

    expect(noticeMessages()).toEqual([
      'stack.ics is a folder: move it away, or choose another calendar file in the settings.',
    ]);
  });
});
