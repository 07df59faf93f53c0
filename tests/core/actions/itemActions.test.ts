import { describe, expect, it } from '@jest/globals';
import { markSecretRotated } from '../../../src/core/actions/markSecretRotated';
import { recordBackupRun } from '../../../src/core/actions/recordBackupRun';
import { setBookmarkStatus } from '../../../src/core/actions/setBookmarkStatus';
import { applyPlan, dataOf, noteText } from './actionNote';

const TODAY = '2026-11-28';

describe('setBookmarkStatus', () => {
  const article = (status: readonly string[], extra: readonly string[] = []): string =>
    noteText(['stack: bookmark', 'url: https://example.com/post # via RSS', ...status, 'added: 2026-11-01', ...extra]);

  it('records the reading day when a bookmark becomes read', () => {
    const text = article(['status: reading # halfway']);
    const { text: after, summary } = applyPlan(
      text,
      setBookmarkStatus(dataOf(text, 'bookmark'), { status: 'read' }, TODAY),
    );
    expect(after).toBe(article(['status: read # halfway'], ['read: 2026-11-28']));
    expect(summary).toBe('marked read');
  });

  it('adds a status to a bookmark that relied on the inbox default', () => {
    const text = article([]);
    const { text: after } = applyPlan(text, setBookmarkStatus(dataOf(text, 'bookmark'), { status: 'archived' }, TODAY));
    expect(after).toBe(article([], ['status: archived']));
  });

  it('changes nothing when the status is the same and refuses an unknown status', () => {
    const data = dataOf(article(['status: read']), 'bookmark');
    expect(setBookmarkStatus(data, { status: 'read' }, TODAY)).toEqual({
      ok: true,
      edits: [],
      summary: 'already read',
    });
    expect(setBookmarkStatus(data, { status: 'later' as 'read' }, TODAY)).toMatchObject({ ok: false, field: 'status' });
  });
});

describe('recordBackupRun', () => {
  const job = (run: readonly string[]): string =>
    noteText([
      'stack: backup',
      'tool: restic',
      'every: day',
      '# filled by the backup hook',
      ...run,
      'covers: ["[[Nextcloud]]"]',
    ]);

  it('writes the run time and result in place', () => {
    const text = job(['last-run: 2026-11-27T03:00', 'last-result: failed # disk full']);
    const { text: after, summary } = applyPlan(
      text,
      recordBackupRun(dataOf(text, 'backup'), { at: '2026-11-28T03:05', result: 'ok' }, '2026-11-28T09:00'),
    );
    expect(after).toBe(job(['last-run: 2026-11-28T03:05', 'last-result: ok # disk full']));
    expect(summary).toBe('run 2026-11-28T03:05 succeeded');
  });

  it('adds the fields to a backup that never recorded a run, at now by default', () => {
    const text = job([]);
    const { text: after } = applyPlan(
      text,
      recordBackupRun(dataOf(text, 'backup'), { result: 'failed' }, '2026-11-28T09:00'),
    );
    expect(after).toBe(
      noteText([
        'stack: backup',
        'tool: restic',
        'every: day',
        '# filled by the backup hook',
        'covers: ["[[Nextcloud]]"]',
        'last-run: 2026-11-28T09:00',
        'last-result: failed',
      ]),
    );
  });

  it('refuses a run older than the one recorded and a run in the future', () => {
    const data = dataOf(job(['last-run: 2026-11-28T03:00', 'last-result: ok']), 'backup');
    expect(recordBackupRun(data, { at: '2026-11-27T03:00', result: 'ok' }, '2026-11-28T09:00')).toMatchObject({
      ok: false,
      field: 'last-run',
    });
    expect(recordBackupRun(data, { at: '2026-11-28T10:00', result: 'ok' }, '2026-11-28T09:00')).toMatchObject({
      ok: false,
      field: 'last-run',
    });
  });
});

describe('markSecretRotated', () => {
  it('sets rotated to today, keeping the quote style', () => {
    const text = noteText([
      'stack: secret',
      'store: pass',
      'ref: infra/db # never the value',
      'rotate: 3m',
      'rotated: "2026-08-01"',
    ]);
    const { text: after, summary } = applyPlan(text, markSecretRotated(dataOf(text, 'secret'), {}, TODAY));
    expect(after).toBe(
      noteText([
        'stack: secret',
        'store: pass',
        'ref: infra/db # never the value',
        'rotate: 3m',
        'rotated: "2026-11-28"',
      ]),
    );
    expect(summary).toBe('rotated 2026-11-28');
  });

  it('changes nothing when it was already rotated that day', () => {
    const text = noteText(['stack: secret', 'store: env', 'ref: API_TOKEN', 'rotated: 2026-11-28']);
    expect(markSecretRotated(dataOf(text, 'secret'), {}, TODAY)).toEqual({
      ok: true,
      edits: [],
      summary: 'already rotated 2026-11-28',
    });
  });
});
