import { describe, expect, it } from '@jest/globals';
import { backupState } from '../../../src/core/kinds/backup';
import { aBackup } from '../../builders/itemBuilders';

function backup(fields: Record<string, unknown>) {
  const b = aBackup();
  for (const [k, v] of Object.entries(fields)) b.with(k, v);
  return b.item<'backup'>().data;
}

describe('backup parsing', () => {
  it('parses a full backup job', () => {
    expect(
      backup({
        repository: 'b2:nas',
        grace: '2h',
        'last-run': '2026-11-28T03:00:12',
        'last-result': 'ok',
        covers: ['[[Nextcloud]]'],
        'restore-tested': '2026-10-01',
      }),
    ).toEqual({
      type: 'backup',
      tool: 'restic',
      repository: 'b2:nas',
      every: { n: 1, unit: 'day', whenDone: false, text: 'day' },
      grace: { n: 2, unit: 'h' },
      lastRun: '2026-11-28T03:00',
      lastResult: 'ok',
      covers: ['Nextcloud'],
      restoreTested: '2026-10-01',
    });
  });

  it('drops a backup without a cadence, since nothing can say when it is stale', () => {
    const { item, problems } = aBackup().without('every').parse();
    expect(item).toBeNull();
    expect(problems).toEqual([
      expect.objectContaining({
        field: 'every',
        message: 'is required (a backup needs a cadence, such as "day", "week", 1d or 6h)',
      }),
    ]);
  });

  it('keeps a backup without a tool as tool "other", with a problem', () => {
    const { item, problems } = aBackup().without('tool').parse();
    expect(item?.data).toMatchObject({ tool: 'other' });
    expect(problems.map((p) => [p.field, p.message])).toEqual([
      ['tool', 'is required (a backup needs the tool that runs it)'],
    ]);
  });

  it('reads the password secret as a link and the ping as an http(s) URL, refusing anything else', () => {
    const good = aBackup().with('password', '[[Restic password]]').with('ping', 'https://hc-ping.com/abc').parse();
    expect(good.problems).toEqual([]);
    expect(good.item?.data).toMatchObject({ password: 'Restic password', ping: 'https://hc-ping.com/abc' });
    const bad = aBackup().with('password', 'hunter2').with('ping', 'ftp://x').parse();
    expect(bad.item?.data).not.toHaveProperty('password');
    expect(bad.item?.data).not.toHaveProperty('ping');
    expect(bad.problems.map((p) => p.field)).toEqual(['password', 'ping']);
    // The value may be the password itself: never repeated.
    expect(bad.problems[0].message).not.toContain('hunter2');
    expect(bad.problems[0].message).toMatch(/^is not a link to a secret note: keep the password in a store/);
  });

  it('reads the command as a list of arguments, or one string split on spaces, refusing an empty or nested one', () => {
    const list = aBackup().with('command', ['restic', 'backup', '/srv/my files', 3]).parse();
    expect(list.problems).toEqual([]);
    expect(list.item?.data).toMatchObject({ command: ['restic', 'backup', '/srv/my files', '3'] });
    expect(aBackup().with('command', '  borg  create ::x /b ').item<'backup'>().data.command).toEqual([
      'borg',
      'create',
      '::x',
      '/b',
    ]);
    const bad = aBackup()
      .with('command', ['restic', ['nested']])
      .parse();
    expect(bad.item?.data).not.toHaveProperty('command');
    expect(bad.problems.map((p) => [p.field, p.message])).toEqual([
      ['command', 'argument 2 is not text: write the command as a list of arguments'],
    ]);
    expect(
      aBackup()
        .with('command', [])
        .parse()
        .problems.map((p) => p.field),
    ).toEqual(['command']);
  });

  it.each([
    ['6h', 6],
    ['1h', 1],
    ['12 hours', 12],
    ['1 hour', 1],
    ['hour', 1],
  ])('accepts the hour cadence %p', (every, n) => {
    const { item, problems } = aBackup().with('every', every).parse();
    expect(problems).toEqual([]);
    expect(item?.data).toMatchObject({ every: { n, unit: 'hour', text: every } });
  });

  it.each([
    ['1d', 1, 'day'],
    ['1w', 1, 'week'],
    ['2w', 2, 'week'],
    ['3m', 3, 'month'],
    ['1y', 1, 'year'],
    ['6 hrs', 6, 'hour'],
    ['2 days', 2, 'day'],
    ['Daily', 1, 'day'],
  ] as const)('accepts the cadence %p written as a duration or in words', (every, n, unit) => {
    const { item, problems } = aBackup().with('every', every).parse();
    expect(problems).toEqual([]);
    expect(item?.data).toMatchObject({ every: { n, unit, text: every } });
  });

  it('drops a backup whose cadence is not one, listing every accepted form', () => {
    const { item, problems } = aBackup().with('every', 'fortnightly').parse();
    expect(item).toBeNull();
    expect(problems.map((p) => [p.field, p.message])).toEqual([
      [
        'every',
        '"fortnightly" is not a cadence (expected hour, "<n> hours", 6h, or day, week, month, year, weekday (Monday to Friday), "<n> days|weeks|months|years", or a duration such as 1d, 2w, 3m (months) or 1y; ' +
          'optionally "on <day>" to keep the series\' day (month on 31, year on 02-29, week on wed) and "when done" to count from completion)',
      ],
    ]);
  });

  it('warns, saying what it means, when grace is far longer than the cadence (30m is months, not minutes)', () => {
    const { item, problems } = aBackup().with('every', '6h').with('grace', '30m').parse();
    expect(item?.data).toMatchObject({ grace: { n: 30, unit: 'm' } });
    expect(problems.map((p) => [p.field, p.severity, p.message])).toEqual([
      [
        'grace',
        'warning',
        '30m is 30 months, more than 4 times the cadence (every 6h), so a missed run goes unreported that long. ' +
          'Did you mean 30 minutes? Frontmatter durations have no minutes (m is months); the smallest unit is h, as in 1h',
      ],
    ]);
    expect(
      aBackup()
        .with('every', 'day')
        .with('grace', '3w')
        .parse()
        .problems.map((p) => p.message),
    ).toEqual(['3w is 3 weeks, more than 4 times the cadence (every day), so a missed run goes unreported that long']);
  });

  it.each([
    ['6h', '2h'],
    ['day', '6h'],
    ['day', '4d'],
    ['week', '2w'],
    ['month', '3m'],
  ])('does not warn for every %p with grace %p', (every, grace) => {
    expect(aBackup().with('every', every).with('grace', grace).parse().problems).toEqual([]);
  });

  it('lists the allowed tools', () => {
    expect(aBackup().with('tool', 'duplicati').parse().problems[0]?.message).toBe(
      '"duplicati" is not one of: restic, borg, rclone, syncthing, snapshot, other',
    );
  });

  it.each([
    ['grace', '2 minutes'],
    ['last-run', '2026-11-28T25:00'],
    ['last-result', 'partial'],
    ['covers', 'Nextcloud'],
    ['restore-tested', 'never'],
    ['repository', { a: 1 }],
  ])('reports a bad %s (%p) and keeps the backup', (field, value) => {
    const { item, problems } = aBackup().with(field, value).parse();
    expect(item).not.toBeNull();
    expect(problems.map((p) => p.field)).toEqual([field]);
  });
});

describe('backupState', () => {
  it('is never when no run is recorded', () => {
    expect(backupState(backup({}), '2026-11-28T09:00')).toEqual({ state: 'never' });
  });

  it('is failed when the last run failed, whatever the time', () => {
    expect(
      backupState(backup({ 'last-run': '2026-11-28T03:00', 'last-result': 'failed' }), '2026-11-28T09:00').state,
    ).toBe('failed');
    expect(backupState(backup({ 'last-result': 'failed' }), '2026-11-28T09:00').state).toBe('failed');
  });

  it('uses a quarter of the cadence as the default grace', () => {
    const data = backup({ 'last-run': '2026-11-27T03:00', 'last-result': 'ok' });
    expect(backupState(data, '2026-11-28T09:00')).toEqual({
      state: 'ok',
      nextRun: '2026-11-28T03:00',
      dueBy: '2026-11-28T09:00',
    });
    expect(backupState(data, '2026-11-28T09:01').state).toBe('stale');
  });

  it('uses the grace given', () => {
    const data = backup({ every: 'week', grace: '1d', 'last-run': '2026-11-20T03:00' });
    expect(backupState(data, '2026-11-28T03:00')).toMatchObject({ state: 'ok', dueBy: '2026-11-28T03:00' });
    expect(backupState(data, '2026-11-28T03:01').state).toBe('stale');
  });

  it('counts a month cadence by the calendar, clamping month ends', () => {
    expect(
      backupState(backup({ every: 'month', grace: '1h', 'last-run': '2026-01-31T02:00' }), '2026-02-28T03:00'),
    ).toEqual({ state: 'ok', nextRun: '2026-02-28T02:00', dueBy: '2026-02-28T03:00' });
  });

  it('treats a date-only last run as the end of that day', () => {
    const data = backup({ 'last-run': '2026-11-27' });
    expect(backupState(data, '2026-11-29T06:00')).toMatchObject({
      state: 'ok',
      nextRun: '2026-11-29T00:00',
      dueBy: '2026-11-29T06:00',
    });
    expect(backupState(data, '2026-11-29T06:01').state).toBe('stale');
  });

  it('judges a 6h cadence in minutes, with the default grace of a quarter (1h30)', () => {
    const data = backup({ every: '6h', 'last-run': '2026-11-28T02:00', 'last-result': 'ok' });
    expect(backupState(data, '2026-11-28T08:30')).toEqual({
      state: 'ok',
      nextRun: '2026-11-28T08:00',
      dueBy: '2026-11-28T09:30',
    });
    expect(backupState(data, '2026-11-28T09:31').state).toBe('stale');
  });

  it('keeps the one-hour minimum grace for an hourly cadence', () => {
    const data = backup({ every: '1 hour', 'last-run': '2026-11-28T23:15' });
    expect(backupState(data, '2026-11-29T01:15')).toEqual({
      state: 'ok',
      nextRun: '2026-11-29T00:15',
      dueBy: '2026-11-29T01:15',
    });
    expect(backupState(data, '2026-11-29T01:16').state).toBe('stale');
  });

  it('uses the grace given with an hour cadence', () => {
    const data = backup({ every: '12 hours', grace: '1d', 'last-run': '2026-11-28T00:00' });
    expect(backupState(data, '2026-11-29T12:00')).toMatchObject({
      state: 'ok',
      nextRun: '2026-11-28T12:00',
      dueBy: '2026-11-29T12:00',
    });
    expect(backupState(data, '2026-11-29T12:01').state).toBe('stale');
  });

  it('accepts a plain date for now (its midnight)', () => {
    expect(backupState(backup({ 'last-run': '2026-11-27T03:00' }), '2026-11-28').state).toBe('ok');
  });
});
