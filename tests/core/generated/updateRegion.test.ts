import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { regionLines, updateRegion, type RegionUpdate } from '../../../src/core/generated/updateRegion';

function written(update: RegionUpdate): string {
  if (update.status !== 'written') throw new Error(`expected a write, got ${update.status}`);
  return update.text;
}

/** Lines a user might write: anything but our marker lines. */
const userLine = fc
  .string({ maxLength: 30 })
  .filter((s) => !s.includes('\n') && !s.includes('\r') && !s.includes('vault-stack:'));
const userText = fc.array(userLine, { maxLength: 6 }).map((lines) => lines.join('\n'));
const content = fc
  .array(
    fc.oneof(
      userLine,
      userLine.map((l) => `- [ ] ${l}`),
    ),
    { minLength: 1, maxLength: 6 },
  )
  .map((l) => l.join('\n'));

describe('generated regions', () => {
  test('a note without the region gets it appended after a blank line', () => {
    const text = written(updateRegion('# Home\n\nMy words.\n', 'overview', '| a | b |'));

    expect(text).toMatch(
      /^# Home\n\nMy words.\n\n%% vault-stack:begin overview hash=[0-9a-f]{8} %%\n\| a \| b \|\n%% vault-stack:end %%\n$/,
    );
  });

  test('regenerating the same content writes nothing', () => {
    const once = written(updateRegion('intro\n', 'overview', 'one\ntwo'));

    expect(updateRegion(once, 'overview', 'one\ntwo')).toEqual({ status: 'unchanged' });
  });

  test('new content replaces only the region', () => {
    const once = written(updateRegion('intro\n', 'overview', 'one'));
    const edited = `before\n${once}after\n`;

    const again = written(updateRegion(edited, 'overview', 'two'));

    expect(again).toBe(`before\nintro\n\n${written(updateRegion('', 'overview', 'two'))}after\n`);
  });

  test('a region changed by hand is left alone and reported, unless forced', () => {
    const once = written(updateRegion('', 'overview', 'one'));
    const touched = once.replace('one', 'one, and my note');

    const update = updateRegion(touched, 'overview', 'two');

    expect(update.status).toBe('edited');
    expect(update.status === 'edited' && update.message).toContain('edited by hand');
    expect(regionLines(written(updateRegion(touched, 'overview', 'two', { force: true })), 'overview')).toEqual([
      'two',
    ]);
  });

  test('ticking a box is not an edit, and ticks of steps that remain are kept', () => {
    const once = written(updateRegion('', 'bootstrap', '- [ ] Install Debian\n- [ ] Restore /srv'));
    const ticked = once.replace('- [ ] Install Debian', '- [x] Install Debian');

    const again = written(
      updateRegion(ticked, 'bootstrap', '- [ ] Install Debian\n- [ ] Run ansible\n- [ ] Restore /srv'),
    );

    expect(regionLines(again, 'bootstrap')).toEqual([
      '- [x] Install Debian',
      '- [ ] Run ansible',
      '- [ ] Restore /srv',
    ]);
    expect(updateRegion(again, 'bootstrap', '- [ ] Install Debian\n- [ ] Run ansible\n- [ ] Restore /srv')).toEqual({
      status: 'unchanged',
    });
  });

  test('markers written by hand with an empty body are filled; broken markers are refused', () => {
    expect(
      regionLines(
        written(updateRegion('a\n%% vault-stack:begin overview %%\n%% vault-stack:end %%\nb\n', 'overview', 'x')),
        'overview',
      ),
    ).toEqual(['x']);
    expect(updateRegion('%% vault-stack:begin overview %%\nx\n', 'overview', 'y')).toMatchObject({ status: 'broken' });
    const two =
      '%% vault-stack:begin overview %%\n%% vault-stack:end %%\n%% vault-stack:begin overview %%\n%% vault-stack:end %%\n';
    expect(updateRegion(two, 'overview', 'y')).toMatchObject({
      status: 'broken',
      message: expect.stringContaining('two "overview" regions'),
    });
  });

  test('CRLF notes stay CRLF', () => {
    const text = written(updateRegion('a\r\nb\r\n', 'overview', 'x\ny'));

    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
  });

  test('property: regenerating twice changes nothing', () => {
    fc.assert(
      fc.property(userText, content, content, (note, first, second) => {
        const once = written(updateRegion(note, 'overview', first));
        const twice = updateRegion(once, 'overview', second);
        const after = twice.status === 'written' ? twice.text : once;

        expect(updateRegion(after, 'overview', second)).toEqual({ status: 'unchanged' });
      }),
    );
  });

  test('property: user text before and after the region survives regeneration byte for byte', () => {
    fc.assert(
      fc.property(userText, userText, content, content, (before, after, first, second) => {
        const region = written(updateRegion('', 'overview', first));
        const note = `${before}\n${region}${after}`;

        const update = updateRegion(note, 'overview', second);
        const out = update.status === 'written' ? update.text : note;

        expect(out.startsWith(`${before}\n%% vault-stack:begin overview`)).toBe(true);
        expect(out.endsWith(`%% vault-stack:end %%\n${after}`)).toBe(true);
        expect(regionLines(out, 'overview')).toEqual(second.replace(/\n+$/, '').split('\n'));
      }),
    );
  });
});
