import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { spawnSync } from 'node:child_process';
import { readCsv } from '../../../src/core/formats/csvRecords';
import { parseRaindropCsv, utcDay } from '../../../src/core/formats/raindrop';
import { pythonAvailability } from '../../support/pythonBookmarks';

const python = pythonAvailability();
if (!python.run) console.warn(python.reason);
const itPython = python.run ? it : it.skip;

/** Raindrop's export header and rows as third-party fixtures show them: quoted commas, a multi-line note, nested folders. */
const EXPORT = [
  'id,title,note,excerpt,url,folder,tags,created,cover,highlights,favorite',
  '1,"Rust Book","my note, with comma","An excerpt",https://doc.rust-lang.org/book,Dev,"rust, learning",2020-05-01T10:10:00.000Z,,,true',
  '2,"Say ""hi""","line one',
  'line two",,https://example.com/hi,Dev / Web,,2021-01-01T00:30:00.000+02:00,,,false',
  '3,Unsorted one,,,http://plain.example/,Unsorted,,1600000000,,,false',
  '4,A file,,,file:///home/me/x.pdf,,,,,,false',
  '',
].join('\r\n');

describe('parseRaindropCsv', () => {
  it("reads Raindrop's export: quoted fields, notes over two lines, folders as paths, tags, created as a UTC day", () => {
    const read = parseRaindropCsv(EXPORT);
    expect(read.problems).toEqual([]);
    expect(read.skipped).toEqual(['line 6: file:///home/me/x.pdf is not an http or https URL (skipped)']);
    expect(read.bookmarks).toEqual([
      {
        line: 2,
        url: 'https://doc.rust-lang.org/book',
        title: 'Rust Book',
        description: 'An excerpt\n\nmy note, with comma',
        folder: 'Dev',
        tags: ['rust', 'learning'],
        added: '2020-05-01',
      },
      {
        line: 3,
        url: 'https://example.com/hi',
        title: 'Say "hi"',
        description: 'line one\nline two',
        folder: 'Dev/Web',
        tags: [],
        added: '2020-12-31',
      },
      { line: 5, url: 'http://plain.example/', title: 'Unsorted one', tags: [], added: '2020-09-13' },
    ]);
  });

  it('finds columns by name in any order, needing only url', () => {
    const read = parseRaindropCsv('tags,URL\n"a,b",https://x.example/\n');
    expect(read.bookmarks).toEqual([
      { line: 2, url: 'https://x.example/', title: 'https://x.example/', tags: ['a', 'b'] },
    ]);
  });

  it('names the line of each bad record, and of a quote that never closes', () => {
    expect(parseRaindropCsv('url,created\n,\nhttps://x.example/,next week\n').problems).toEqual([
      'line 2: the url field is empty',
      'line 3: created "next week" is not an ISO 8601 date or Unix time',
    ]);
    expect(parseRaindropCsv('url,title\nhttps://x.example/,ok\nhttps://y.example/,"broken\n').problems).toEqual([
      'line 3: a quoted field is never closed (a " is missing)',
    ]);
    expect(parseRaindropCsv('<!DOCTYPE NETSCAPE-Bookmark-file-1>\n').problems[0]).toMatch(/^line 1: no "url" column/);
  });

  it('reads ISO moments with offsets and Unix seconds as UTC days', () => {
    expect(utcDay('2020-05-01T01:00:00+02:00')).toBe('2020-04-30');
    expect(utcDay('2020-05-01T23:30-0100')).toBe('2020-05-02');
    expect(utcDay('2020-05-01')).toBe('2020-05-01');
    expect(utcDay('0')).toBe('1970-01-01');
    expect(utcDay('2020-13-01')).toBeUndefined();
  });
});

describe('readCsv', () => {
  itPython("reads whatever Python's csv module writes (property)", () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'b', ' ', ',', '"', '\n', '\r\n', 'é', '\t'), maxLength: 8 });
    fc.assert(
      fc.property(fc.array(fc.array(field, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 6 }), (rows) => {
        // A row of one empty field is a blank line, which readers skip; keep rows non-blank.
        const table = rows.map((r) => (r.every((f) => f === '') ? ['x', ...r.slice(1)] : r));
        const written = spawnSync(
          '/usr/bin/python3',
          [
            '-c',
            'import csv,json,sys; csv.writer(sys.stdout, lineterminator="\\r\\n").writerows(json.load(sys.stdin))',
          ],
          { input: JSON.stringify(table), encoding: 'utf8' },
        );
        expect(written.status).toBe(0);
        const read = readCsv(written.stdout);
        expect(read.ok && read.records.map((r) => r.fields)).toEqual(table);
      }),
      { numRuns: 60 },
    );
  });
});
