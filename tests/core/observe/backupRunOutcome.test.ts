import { describe, expect, it } from '@jest/globals';
import { backupRunOutcome } from '../../../src/core/observe/backupRunOutcome';

const summary =
  '{"message_type":"summary","files_new":2,"files_changed":1,"data_added":3400000,"total_duration":12.34,"snapshot_id":"7e6ee578aa"}';

describe('how a backup command went', () => {
  it("reads restic's last summary line among status lines", () => {
    const stdout = `{"message_type":"status","percent_done":0.5}\n${summary}\n`;
    expect(backupRunOutcome('restic', { code: 0, stdout, stderr: '' })).toEqual({
      result: 'ok',
      summary: 'snapshot 7e6ee578: 2 new, 1 changed files, 3.4 MB added in 12.3 s',
      warning: false,
    });
  });
  it('records restic exit 3 and borg exit 1 as ok with warnings, never silently', () => {
    const restic = backupRunOutcome('restic', {
      code: 3,
      stdout: summary,
      stderr: 'error: open /srv/x: permission denied\nWarning: at least one source file could not be read\n',
    });
    expect(restic).toEqual({
      result: 'ok',
      summary:
        'snapshot 7e6ee578: 2 new, 1 changed files, 3.4 MB added in 12.3 s, with warnings (exit 3: some source files could not be read; Warning: at least one source file could not be read)',
      warning: true,
    });
    expect(
      backupRunOutcome('borg', { code: 1, stdout: '', stderr: 'x: file changed while we backed it up\n' }),
    ).toMatchObject({
      result: 'ok',
      warning: true,
    });
    expect(backupRunOutcome('rclone', { code: 1, stdout: '', stderr: '' }).result).toBe('failed');
  });
  it("prefers restic's exit_error message (0.18+) and says when the command never ran", () => {
    const stderr = '{"message_type":"exit_error","code":12,"message":"Fatal: wrong password or no key found"}\n';
    expect(backupRunOutcome('restic', { code: 12, stdout: '', stderr }).summary).toBe(
      'restic: Fatal: wrong password or no key found',
    );
    expect(
      backupRunOutcome('borg', { code: null, stdout: '', stderr: '', failure: 'killed by SIGTERM' }, '/usr/bin/borg'),
    ).toEqual({ result: 'failed', summary: 'killed by SIGTERM', warning: false });
  });
});
