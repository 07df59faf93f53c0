import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { cleanTarget } from '../../../src/core/index/linkPath';

/** `cleanTarget` as it was before its fast path for bare names: the reference it must equal. */
function slowCleanTarget(target: string): string {
  let t = target.trim();
  if (t.startsWith('[[') && t.endsWith(']]')) t = t.slice(2, -2);
  const cut = t.search(/[#|^]/);
  if (cut >= 0) t = t.slice(0, cut);
  return t.trim();
}

// Characters the full path treats specially (trimmed spaces, Unicode spaces, brackets, cut marks) among ordinary ones.
const CHARS = [...'aZ9 ./-_', '\t', '\n', '\u00a0', '\u2003', '\ufeff', '#', '|', '^', '[', ']', 'é', '😀'];

describe('cleanTarget fast path', () => {
  it('equals the full strip on every target', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...CHARS), { maxLength: 12 }), (chars) => {
        const target = chars.join('');
        expect(cleanTarget(target)).toBe(slowCleanTarget(target));
      }),
      { numRuns: 5000 },
    );
  });

  it('keeps bare names and strips decorated ones', () => {
    expect(cleanTarget('Old NAS')).toBe('Old NAS');
    expect(cleanTarget('Infra/Old NAS.md')).toBe('Infra/Old NAS.md');
    expect(cleanTarget(' [[Old NAS#Disks|nas]] ')).toBe('Old NAS');
    expect(cleanTarget('Old NAS\u00a0')).toBe('Old NAS');
    expect(cleanTarget('\ufeffOld NAS^block')).toBe('Old NAS');
  });
});
