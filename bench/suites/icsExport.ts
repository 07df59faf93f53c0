import { exportIcs } from '../../src/core/formats/ics';
import { icsTodo } from '../../src/core/formats/icsTodo';
import { parseItem } from '../../src/core/kinds/parseItem';
import type { Item } from '../../src/core/model/Item';
import { pairedMediansOf, row, type BenchSuite } from '../harness';
import { mulberry32 } from '../random';

const SUITE = 'ics';
const TASKS = 5000;
const STAMP = '20261203T065300Z';
/** Untimed rounds of each export and its floor first: both are timed optimised. */
const WARMUPS = 5;
const RECURRENCES = ['day', '2 weeks', 'month', 'month on 31', 'year', 'weekday', '3 days when done', 'week on fri'];

/** 5,000 open dated tasks as the parser makes them: a third recurring, some with times, tags, priorities and long titles. */
function tasks(count: number): Item[] {
  const random = mulberry32(20261203);
  const out: Item[] = [];
  for (let i = 0; i < count; i++) {
    const day = 1 + Math.floor(random() * 28);
    const month = 1 + Math.floor(random() * 12);
    const due = `2027-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}${random() < 0.2 ? 'T09:30' : ''}`;
    const frontmatter: Record<string, unknown> = {
      stack: 'task',
      title: `Task ${i}: ${random() < 0.3 ? 'renew the certificate, then tell everyone; a longer title that folds past 75 octets ✅' : 'pay rent'}`,
      due,
      priority: ['high', 'medium', 'low'][i % 3],
      tags: i % 2 === 0 ? ['home', 'admin'] : [],
    };
    if (i % 3 === 0) frontmatter.every = RECURRENCES[i % RECURRENCES.length];
    const item = parseItem({ path: `Tasks/${Math.floor(i / 100)}/Task ${i}.md`, frontmatter }, new Map()).item;
    if (item === null) throw new Error(`bench: task ${i} did not parse`);
    out.push(item);
  }
  return out;
}

/** The calendar export of 5,000 tasks against serialising the same items with JSON.stringify. */
export const icsExportSuite: BenchSuite = {
  name: SUITE,
  notes: [
    'ics: the floor is JSON.stringify of the same 5,000 task items (path, title, tags, data and frontmatter): the least any serialisation of them does; the export builds one VEVENT (or VTODO) per task with RRULEs, TEXT escaping and 75-octet folding. Each export and the floor run 5 times untimed first.',
  ],
  run(ctx) {
    const items = tasks(TASKS);
    const events = exportIcs(items, { stamp: STAMP });
    ctx.log(`${items.length} tasks → ${(events.length / 1024).toFixed(0)} KiB of iCalendar`);
    const t = pairedMediansOf(
      ctx.runs,
      {
        events: () => exportIcs(items, { stamp: STAMP }),
        todos: () => exportIcs(items, { stamp: STAMP, todo: icsTodo }),
      },
      () => JSON.stringify(items),
      undefined,
      { warmups: WARMUPS },
    );
    const floor = `JSON.stringify of the ${TASKS / 1000}k items`;
    return [
      row(
        SUITE,
        `export ${TASKS / 1000}k tasks as all-day events`,
        floor,
        t.events,
        { kind: 'max-ratio', value: 3 },
        ctx.runs,
      ),
      row(
        SUITE,
        `export ${TASKS / 1000}k tasks as VTODO (--todo)`,
        floor,
        t.todos,
        { kind: 'max-ratio', value: 3 },
        ctx.runs,
      ),
    ];
  },
};
