import { describe, expect, it } from '@jest/globals';
import { findingRefusal } from '../../../src/core/guard/findingRefusal';
import { isRefusal, refusal, RefusalError } from '../../../src/core/model/Refusal';
import { parseQuery } from '../../../src/core/query/parseQuery';

describe('Refusal, the one shape of an expected failure', () => {
  it('keeps only the places that are known', () => {
    expect(refusal('NOTE_GONE', 'the note no longer exists')).toEqual({
      code: 'NOTE_GONE',
      message: 'the note no longer exists',
    });
    expect(refusal('duplicate-key', 'duplicate key', { line: 4, field: undefined })).toEqual({
      code: 'duplicate-key',
      message: 'duplicate key',
      line: 4,
    });
  });

  it('tells a refusal value from an error, which carries one instead', () => {
    const refused = refusal('X', 'no');

    expect(isRefusal(refused)).toBe(true);
    expect(isRefusal(new RefusalError(refused))).toBe(false);
    expect(new RefusalError(refused).refusal).toBe(refused);
    expect(isRefusal({ code: 3, message: 'no' })).toBe(false);
  });

  it('is the shape of a query error and of a secret guard finding', () => {
    const parsed = parseQuery('filters: "status == "');
    const finding = findingRefusal({
      path: 'Devices/NAS.md',
      line: 6,
      reason: 'OPENSSH private key block',
      rule: 'private-key',
    });

    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors.every((e) => isRefusal(e) && e.code === 'QUERY_INVALID')).toBe(true);
    expect(finding).toEqual({ code: 'SECRET_FOUND', message: 'Devices/NAS.md:6: OPENSSH private key block', line: 6 });
  });
});
