import { describe, expect, it } from '@jest/globals';
import { isTimewCommandTag, parseTimewExport, timewDataFiles, timewLine } from '../../../src/core/formats/timewarrior';

describe('Timewarrior data lines', () => {
  it('quote and order tags as timew 1.4 itself wrote them for `timew track … a-b c_d e/f …`', () => {
    // Written by `timew track 2026-12-01T09:00 - 2026-12-01T10:30 <these tags> :yes` (TZ=UTC), data/2026-12.data.
    const written = `inc 20261201T090000Z - 20261201T103000Z # "a-b" "c_d" "e/f" "g(h)" i:j k#l m.n o,p q'r x\\y é`;
    const tags = ['é', 'x\\y', "q'r", 'o,p', 'm.n', 'k#l', 'i:j', 'g(h)', 'e/f', 'c_d', 'a-b'];
    expect(timewLine({ start: '20261201T090000Z', end: '20261201T103000Z', tags })).toBe(written);
    expect(timewLine({ start: '20261201T090000Z', end: '20261201T103000Z', tags: ['tag with "quote"', 'work'] })).toBe(
      'inc 20261201T090000Z - 20261201T103000Z # "tag with \\"quote\\"" work',
    );
    expect(timewLine({ start: '20261203T090000Z', tags: [] })).toBe('inc 20261203T090000Z');
  });

  it('files intervals by the UTC month of their start, with the tag counts', () => {
    const files = timewDataFiles([
      { start: '20261130T230000Z', end: '20261201T003000Z', tags: ['foo'] },
      { start: '20261201T090000Z', end: '20261201T103000Z', tags: ['foo', 'Write report'] },
    ]);
    expect(files).toEqual([
      { path: 'data/2026-11.data', text: 'inc 20261130T230000Z - 20261201T003000Z # foo\n' },
      { path: 'data/2026-12.data', text: 'inc 20261201T090000Z - 20261201T103000Z # "Write report" foo\n' },
      { path: 'data/tags.data', text: '{\n  "Write report":{"count":1},\n  "foo":{"count":2}\n}' },
    ]);
  });

  it('knows which tags cannot travel on the timew command line', () => {
    expect(['work', 'Write "the" report', '2fa', 'client-x'].every(isTimewCommandTag)).toBe(true);
    expect(
      ['monday', '1h', '3days', 'from', ':yes', '@1', '"quoted"', '2026-12-01', '10:30', '2026'].some(
        isTimewCommandTag,
      ),
    ).toBe(false);
  });

  it('reads timew export JSON, naming each entry it cannot read', () => {
    const read = parseTimewExport(
      JSON.stringify([
        { id: 2, start: '20261201T090000Z', end: '20261201T100000Z', tags: ['work'] },
        { id: 1, start: '20261203T090000Z' },
        { id: 3, start: '2026-12-01', tags: ['x'] },
        { id: 4, start: '20261201T090000Z', end: '20261201T080000Z' },
      ]),
    );
    expect(read.intervals).toEqual([
      { id: 2, start: '20261201T090000Z', end: '20261201T100000Z', tags: ['work'] },
      { id: 1, start: '20261203T090000Z', tags: [] },
    ]);
    expect(read.problems).toEqual([
      'entry 3: "start" "2026-12-01" is not a Timewarrior moment (YYYYMMDDTHHMMSSZ)',
      'entry 4: ends before it starts',
    ]);
    expect(parseTimewExport('nope').problems[0]).toMatch(/^not JSON/);
  });
});
