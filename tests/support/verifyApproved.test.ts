import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lineDiff, verifyApproved } from './verifyApproved';

describe('verifyApproved', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'vault-stack-approved-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const check = (actual: string, env: Record<string, string | undefined> = {}): void =>
    verifyApproved('out', actual, 'txt', env, dir);

  it('passes when the text equals the approved file, and leaves no received file', () => {
    writeFileSync(join(dir, 'out.approved.txt'), 'one\ntwo\n');

    check('one\ntwo\n');

    expect(existsSync(join(dir, 'out.received.txt'))).toBe(false);
  });

  it('fails on a difference with a line diff, writing the received file beside the approved one', () => {
    writeFileSync(join(dir, 'out.approved.txt'), 'one\ntwo\nthree\n');

    expect(() => check('one\n2\nthree\n')).toThrow(/- two\n\+ 2\n {2}three/);
    expect(readFileSync(join(dir, 'out.received.txt'), 'utf8')).toBe('one\n2\nthree\n');
    expect(readFileSync(join(dir, 'out.approved.txt'), 'utf8')).toBe('one\ntwo\nthree\n');
  });

  it('fails when nothing is approved yet', () => {
    expect(() => check('new\n')).toThrow(/no approved file .*out\.approved\.txt yet/);
    expect(existsSync(join(dir, 'out.received.txt'))).toBe(true);
  });

  it('with UPDATE_APPROVALS=1 rewrites the approved file and removes the received one', () => {
    writeFileSync(join(dir, 'out.approved.txt'), 'old\n');
    writeFileSync(join(dir, 'out.received.txt'), 'stale\n');

    check('new', { UPDATE_APPROVALS: '1' });

    expect(readFileSync(join(dir, 'out.approved.txt'), 'utf8')).toBe('new\n');
    expect(existsSync(join(dir, 'out.received.txt'))).toBe(false);
  });

  it('diffs by lines: kept, removed and added', () => {
    expect(lineDiff('a\nb\nc', 'a\nc\nd')).toBe('  a\n- b\n  c\n+ d');
  });
});
