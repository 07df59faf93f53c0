import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { refusal, RefusalError } from '../../src/core/model/Refusal';
import { GitLayerError } from '../../src/git/errors';
import { RemoteError } from '../../src/git/remote/RemoteError';
import { reportFailure } from '../../src/obsidian/reportFailure';
import { clearNotices, noticeMessages } from '../host/testing';

let errors: jest.SpiedFunction<typeof console.error>;
let debug: jest.SpiedFunction<typeof console.debug>;

beforeEach(() => {
  clearNotices();
  errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  debug = jest.spyOn(console, 'debug').mockImplementation(() => undefined);
});

afterEach(() => {
  errors.mockRestore();
  debug.mockRestore();
});

describe('reportFailure', () => {
  it('shows a refusal in a Notice and logs its code at debug level, not as an error', () => {
    const refused = refusal('duplicate-key', 'its frontmatter has a duplicate key (line 4): fix it by hand first', {
      line: 4,
    });

    const result = reportFailure('Could not update "Pay rent"', refused);

    expect(result).toBe(refused);
    expect(noticeMessages()).toEqual([
      'Could not update "Pay rent": its frontmatter has a duplicate key (line 4): fix it by hand first',
    ]);
    expect(debug).toHaveBeenCalledWith('Vault Stack: Could not update "Pay rent": duplicate-key', refused);
    expect(errors).not.toHaveBeenCalled();
  });

  it('treats a RefusalError and a git refusal the same way', () => {
    reportFailure(
      'Push failed',
      new RemoteError('AUTH_FAILED', 'The remote needs credentials and none were given.', 'push'),
    );
    reportFailure(
      'Commit failed',
      new GitLayerError('INDEX_LOCKED', 'Another git process is updating the index', 'GitRepo.commit'),
    );
    reportFailure('', new RefusalError(refusal('NOT_THAT_KIND', '"Run" is not a task')));

    expect(noticeMessages()).toEqual([
      'Push failed: The remote needs credentials and none were given.',
      'Commit failed: Another git process is updating the index',
      '"Run" is not a task',
    ]);
    expect(errors).not.toHaveBeenCalled();
    expect(debug).toHaveBeenCalledTimes(3);
  });

  it('shows a bug in a Notice too, and logs it as an error with its stack for a bug report', () => {
    const bug = new TypeError("Cannot read properties of undefined (reading 'oid')");

    const result = reportFailure('Commit failed', bug);

    expect(result).toBeNull();
    expect(noticeMessages()).toEqual(["Commit failed: Cannot read properties of undefined (reading 'oid')"]);
    expect(errors).toHaveBeenCalledWith('Vault Stack: Commit failed', bug);
    expect(bug.stack).toContain('TypeError');
  });

  it('counts a corrupt index as a real failure, not a refusal', () => {
    reportFailure(
      'Commit failed',
      new GitLayerError('INDEX_CORRUPT', '.git/index is not readable: bad signature', 'parseGitIndex'),
    );

    expect(errors).toHaveBeenCalledTimes(1);
  });
});
