import type { BookmarkEntry } from '../../src/core/formats/BookmarkEntry';
import { emptyImportState } from '../../src/core/formats/ImportState';
import { parseNetscape, printNetscape } from '../../src/core/formats/netscape';
import { planBookmarkImport } from '../../src/core/formats/planBookmarkImport';
import { fromDayNumber } from '../../src/core/dates/dayNumber';
import { pairedMediansOf, row, type BenchSuite } from '../harness';
import { Random } from '../random';

const SUITE = 'bookmarks';
const COUNT = 5_000;
/** Bookmarks the planning row imports into an empty vault. */
const PLANNED = 500;
/** The target: a format costs at most 3× serialising or parsing the same data as JSON. */
const TARGET = 3;
/** Untimed rounds of each operation and its floor first: the readers and writers are timed optimised, as JSON.parse always is. */
const WARMUPS = 5;

const WORDS = ['rust', 'self-hosting', 'backup', 'notes', 'design', 'linux', 'privacy', 'databases', 'git', 'music'];
const FOLDERS = ['', 'Dev', 'Dev/Rust', 'Homelab', 'Homelab/Backups', 'Reading', 'Recipes & food'];

/** 5,000 bookmarks like a real export: folders, 0–4 tags, dates, a status, every third with a description. */
export function benchBookmarks(count = COUNT): BookmarkEntry[] {
  const r = new Random(11);
  const out: BookmarkEntry[] = [];
  for (let i = 0; i < count; i++) {
    const words = Array.from({ length: r.int(2, 7) }, () => r.pick(WORDS));
    const b: BookmarkEntry = {
      url: `https://${r.pick(WORDS)}.example.org/${words.join('/')}/${i}?ref=${r.int(1, 99)}&lang=en`,
      title: `${words.join(' ')} — part ${i} & "more"`,
      tags: [...new Set(Array.from({ length: r.int(0, 4) }, () => r.pick(WORDS)))],
      added: fromDayNumber(r.int(15000, 20000)),
      status: r.pick(['inbox', 'read', 'archived'] as const),
    };
    const folder = r.pick(FOLDERS);
    if (folder !== '') b.folder = folder;
    if (i % 3 === 0) b.description = `Why ${words.join(', ')} matter <a lot>; ${'notes '.repeat(r.int(1, 20))}`.trim();
    if (i % 2 === 0) b.modified = fromDayNumber(r.int(20000, 20500));
    out.push(b);
  }
  return out;
}

/** Netscape bookmark HTML written and read for 5,000 bookmarks, against JSON of the same entries. */
export const bookmarksSuite: BenchSuite = {
  name: SUITE,
  notes: [
    'bookmarks: the floors are JSON.stringify and JSON.parse of the same 5,000 bookmark entries (url, title, tags, folder, dates, status, description); the Netscape reader is checked to give every entry back. Each operation and its floor run 5 times untimed first (both timed warm), then alternate, each after a GC with the helper threads idle (bench/harness.ts). "read + plan" (500 bookmarks) also matches each against an empty vault and writes its note from the bookmark template (what `import netscape` does before writing files).',
  ],
  run(ctx) {
    const entries = benchBookmarks();
    const html = printNetscape(entries);
    const json = JSON.stringify(entries);
    const read = parseNetscape(html);
    if (read.bookmarks.length !== COUNT || read.problems.length > 0)
      throw new Error(`bench: the Netscape reader gave ${read.bookmarks.length} of ${COUNT} bookmarks back`);
    ctx.log(`${(html.length / 1024).toFixed(0)} KiB of HTML, ${(json.length / 1024).toFixed(0)} KiB of JSON`);
    const warm = { warmups: WARMUPS };
    const write = pairedMediansOf(
      ctx.runs,
      { netscape: () => printNetscape(entries) },
      () => JSON.stringify(entries),
      undefined,
      warm,
    );
    const parse = pairedMediansOf(
      ctx.runs,
      { netscape: () => parseNetscape(html) },
      () => JSON.parse(json) as unknown,
      undefined,
      warm,
    );
    // Planning writes each new note through the frontmatter editor (about 2 ms a note): 500 keep the run short.
    const few = entries.slice(0, PLANNED);
    const fewHtml = printNetscape(few);
    const fewJson = JSON.stringify(few);
    const plan = (): number =>
      planBookmarkImport(
        parseNetscape(fewHtml),
        {
          notes: [],
          readText: () => '',
          isTaken: () => false,
          folder: 'Bookmarks',
          today: '2026-12-03',
          last: emptyImportState(),
        },
        { foldersAsTags: false },
      ).notes.length;
    if (plan() !== PLANNED) throw new Error('bench: the import did not plan a note per bookmark');
    const planned = pairedMediansOf(ctx.runs, { plan }, () => JSON.parse(fewJson) as unknown, undefined, warm);
    const label = `${COUNT / 1000}k bookmarks`;
    return [
      row(
        SUITE,
        `export netscape, ${label}`,
        'JSON.stringify',
        write.netscape,
        { kind: 'max-ratio', value: TARGET },
        ctx.runs,
      ),
      row(
        SUITE,
        `import netscape (read), ${label}`,
        'JSON.parse',
        parse.netscape,
        { kind: 'max-ratio', value: TARGET },
        ctx.runs,
      ),
      row(
        SUITE,
        `import netscape (read + plan ${PLANNED} new notes)`,
        'JSON.parse',
        planned.plan,
        { kind: 'info', value: 0 },
        ctx.runs,
      ),
    ];
  },
};
