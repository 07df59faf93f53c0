import { describe, expect, it } from '@jest/globals';
import { newestBorgArchive, newestResticSnapshot } from '../../../src/core/observe/newestSnapshot';
import { passwordCommand } from '../../../src/core/observe/passwordCommand';
import { repositoryLocation } from '../../../src/core/observe/repositoryLocation';
import { rfc3339ToEpochMs } from '../../../src/core/observe/rfc3339';
import { snapshotFreshness } from '../../../src/core/observe/snapshotFreshness';
import type { KindData } from '../../../src/core/model/Item';

const utc = (ms: number): string => new Date(ms).toISOString().slice(0, 19);

describe('restic times (RFC 3339 with a zone, nanoseconds)', () => {
  it('agrees with Date on every zone form and keeps milliseconds of a nanosecond fraction', () => {
    for (const text of ['2026-12-03T03:56:23.615642659Z', '2026-11-27T02:00:13+01:00', '2026-03-29T01:30:00-09:30']) {
      expect(rfc3339ToEpochMs(text)).toBe(Date.parse(text.replace(/(\.\d{3})\d+/, '$1')));
    }
  });
  it('refuses what is not RFC 3339', () => {
    expect(rfc3339ToEpochMs('2026-11-27 02:00')).toBeNull();
    expect(rfc3339ToEpochMs('2026-02-30T02:00:00Z')).toBeNull();
  });
});

describe('listings', () => {
  it('takes the newest of restic --latest 1 entries (one per host and paths) and of grouped output', () => {
    const plain =
      '[{"time":"2026-11-27T02:00:00Z","short_id":"aaaa"},{"time":"2026-11-27T03:00:00+02:00","short_id":"bbbb"}]';
    expect(newestResticSnapshot(plain, utc)).toEqual({ ok: true, newest: { time: '2026-11-27T02:00:00', id: 'aaaa' } });
    const grouped = '[{"group_key":{},"snapshots":[{"time":"2026-11-28T00:00:00Z","id":"0123456789abcdef"}]}]';
    expect(newestResticSnapshot(grouped, utc)).toEqual({
      ok: true,
      newest: { time: '2026-11-28T00:00:00', id: '01234567' },
    });
    expect(newestResticSnapshot('[]', utc)).toEqual({ ok: true, newest: null });
  });
  it('keeps borg times as the local wall time they are', () => {
    const out = '{"archives":[{"name":"nas-1","start":"2026-11-27T02:00:13.000000"}],"repository":{}}';
    expect(newestBorgArchive(out)).toEqual({ ok: true, newest: { time: '2026-11-27T02:00:13', id: 'nas-1' } });
  });
  it('calls garbage garbage', () => {
    expect(newestResticSnapshot('Fatal: oops', utc)).toEqual({
      ok: false,
      reason: 'restic did not print a JSON list of snapshots',
    });
    expect(newestResticSnapshot('[{"time":"yesterday"}]', utc).ok).toBe(false);
    expect(newestBorgArchive('{"archives":[{"name":"x"}]}')).toEqual({
      ok: false,
      reason: 'a borg archive has no start time',
    });
  });
});

describe('freshness from the newest snapshot', () => {
  const job: KindData['backup'] = {
    type: 'backup',
    tool: 'restic',
    every: { n: 1, unit: 'day', whenDone: false, text: 'day' },
    covers: [],
  };
  const newest = { time: '2026-11-27T02:00:13', id: 'aaaa' };
  it('is ok until every + grace, then stale, and never without snapshots', () => {
    expect(snapshotFreshness(job, newest, '2026-11-28T08:00')).toEqual({
      status: 'ok',
      detail: 'newest snapshot 2026-11-27 02:00 (aaaa), fresh until 2026-11-28 08:00',
      facts: { 'last-run': '2026-11-27T02:00', 'last-result': 'ok' },
    });
    expect(snapshotFreshness(job, newest, '2026-11-28T08:01').detail).toBe(
      'stale: newest snapshot 2026-11-27 02:00 (aaaa), due by 2026-11-28 08:00',
    );
    expect(snapshotFreshness(job, null, '2026-11-28T08:01').status).toBe('failed');
  });
  it('gives no facts when the note records a failed run after the newest snapshot', () => {
    const failedLater = { ...job, lastRun: '2026-11-28T02:00', lastResult: 'failed' as const };
    expect(snapshotFreshness(failedLater, newest, '2026-11-28T03:00').facts).toBeUndefined();
  });
});

describe('password commands and repository locations', () => {
  it('never puts a value on a command line', () => {
    expect(passwordCommand({ store: 'gopass', ref: 'backup/restic' })).toEqual({
      ok: true,
      command: "gopass show -o 'backup/restic'",
    });
    expect(passwordCommand({ store: 'env', ref: 'RESTIC_PW' })).toEqual({ ok: true, command: 'printenv RESTIC_PW' });
    expect(passwordCommand({ store: '1password', ref: 'op://Homelab/restic/password' })).toEqual({
      ok: true,
      command: "op read 'op://Homelab/restic/password'",
    });
    expect(passwordCommand({ store: 'pass', ref: "it's" }).ok).toBe(false);
    expect(passwordCommand({ store: 'bitwarden', ref: 'x' })).toMatchObject({ ok: false });
  });
  it('tells local folders from remote repositories', () => {
    const env = { HOME: '/home/me' };
    expect(repositoryLocation('local:~/restic', env)).toEqual({ local: true, path: '/home/me/restic' });
    expect(repositoryLocation('file:///srv/borg', env)).toEqual({ local: true, path: '/srv/borg' });
    expect(repositoryLocation('repos/x', env, '/vault')).toEqual({ local: true, path: '/vault/repos/x' });
    for (const remote of ['b2:bucket:/nas', 'sftp:u@h:/r', 'ssh://backup@nas/srv/borg', 'backup@nas:borg']) {
      expect(repositoryLocation(remote, env)).toEqual({ local: false, location: remote });
    }
  });
});
