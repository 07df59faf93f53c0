import { derivedProperties } from '../../src/core/dashboard/derivedProperties';
import type { ItemIndex } from '../../src/core/index/ItemIndex';
import type { Item } from '../../src/core/model/Item';
import { parseQuery, runQuery, selfNote, type Query, type QueryContext } from '../../src/core/query';
import { StaticElement } from '../../src/views/dom/StaticElement';
import { renderQueryBlock } from '../../src/views/renderQueryBlock';
import { pairedMediansOf, row, type BenchSuite } from '../harness';
import { perCall, repeat } from '../plugin/asyncTiming';
import { NOW, noActions, TODAY } from '../plugin/benchActions';
import { indexOf, itemInputs } from '../plugin/itemIndexOf';
import { queryFormulasRow } from './queryFormulas';

const SUITE = 'query block';
const ITEMS = 10_000;
/** Calls per timed run: one block is milliseconds, near the CPU clock's resolution. */
const BATCH = 10;

/** Open work and fresh reading, most recent first per status, grouped by status. */
const SOURCE = `kind: [task, bookmark]
filters:
  and:
    - or:
        - and:
            - status != "done"
            - due < "2026-09-01"
        - and:
            - status != "read"
            - added >= "2026-03-01"
    - not:
        - file.inFolder("Items/0")
sort:
  - status
  - -due
  - title
groupBy: status
fields: [title, status, due, priority, added]
`;

/** The same filter, sort and grouping written by hand over the items' frontmatter. */
function handWritten(items: readonly Item[]): Map<string, Item[]> {
  const text = (item: Item, key: string): string | null => {
    const v = item.frontmatter[key];
    return typeof v === 'string' ? v : null;
  };
  const kept: Item[] = [];
  for (const item of items) {
    if (item.kind !== 'task' && item.kind !== 'bookmark') continue;
    if (item.path.startsWith('Items/0/')) continue;
    const status = text(item, 'status');
    const due = text(item, 'due');
    const added = text(item, 'added');
    if (
      (status !== 'done' && due !== null && due < '2026-09-01') ||
      (status !== 'read' && added !== null && added >= '2026-03-01')
    )
      kept.push(item);
  }
  kept.sort((a, b) => {
    const sa = text(a, 'status') ?? '';
    const sb = text(b, 'status') ?? '';
    if (sa !== sb) return sa < sb ? -1 : 1;
    const da = text(a, 'due');
    const db = text(b, 'due');
    if (da !== db) return da === null ? 1 : db === null ? -1 : da < db ? 1 : -1;
    return a.title < b.title ? -1 : a.title > b.title ? 1 : 0;
  });
  const groups = new Map<string, Item[]>();
  for (const item of kept) {
    const key = text(item, 'status') ?? '';
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

function queryContext(index: ItemIndex): QueryContext {
  return {
    today: TODAY,
    now: NOW,
    derived: derivedProperties(index, TODAY, NOW),
    resolveLink: (target) => {
      const path = index.resolve(target);
      return path === null ? null : (index.get(path) ?? null);
    },
    self: selfNote({ path: 'Home.md' }),
  };
}

/** A realistic ```stack block over 10,000 items: runQuery alone and rendered into a table, against a hand-written loop. */
export const queryBlockSuite: BenchSuite = {
  name: SUITE,
  notes: [
    'query block: the floor is a hand-written loop doing the same kind/folder/nested filter, the three-key sort and the grouping on the same items (checked to give the same rows in the same order); "rendered" also parses the block and draws the grouped table into a StaticElement.',
    'query block, formulas + summaries: four formulas (one reading another, date arithmetic, nested if) as columns over every item and three summaries (Average, Checked, Sum), against a loop computing the same columns and summaries from the frontmatter (checked equal).',
  ],
  run(ctx) {
    const index = indexOf(itemInputs(ITEMS));
    const items = index.items();
    const parsed = parseQuery(SOURCE);
    if (!parsed.ok) throw new Error(`bench: query does not parse: ${parsed.errors.map((e) => e.message).join('; ')}`);
    const query: Query = parsed.query;
    const run = (): number => runQuery(query, items, queryContext(index)).rows.length;

    // The floor must do the same work: same rows, same order.
    const result = runQuery(query, items, queryContext(index));
    const floorRows = [...handWritten(items).values()].flat();
    const same =
      floorRows.length === result.rows.length && floorRows.every((item, i) => item.path === result.rows[i].item.path);
    if (!same)
      throw new Error(
        `bench: hand-written floor disagrees with runQuery (${floorRows.length} vs ${result.rows.length} rows)`,
      );
    const render = (): number => {
      const el = new StaticElement('div');
      renderQueryBlock(el, SOURCE, { index, today: TODAY, now: NOW, sourcePath: 'Home.md', actions: noActions });
      if (el.textContent.includes('could not be shown')) throw new Error('bench: the block rendered an error');
      return el.listeners;
    };
    ctx.log(`${result.rows.length} rows in ${result.groups?.length ?? 0} groups of ${items.length} items`);

    const t = pairedMediansOf(
      ctx.runs,
      { run: repeat(BATCH, run), render: repeat(BATCH, render) },
      repeat(BATCH, () => handWritten(items)),
    );
    const label = `${ITEMS / 1000}k items → ${result.rows.length} rows`;
    return [
      row(
        SUITE,
        `runQuery, ${label}`,
        'hand-written filter+sort+group',
        perCall(t.run, BATCH, BATCH),
        { kind: 'info', value: 0 },
        ctx.runs,
      ),
      row(
        SUITE,
        `rendered table (parse+run+draw), ${label}`,
        'hand-written filter+sort+group',
        perCall(t.render, BATCH, BATCH),
        { kind: 'info', value: 0 },
        ctx.runs,
      ),
      queryFormulasRow(ctx, SUITE, items, () => queryContext(index)),
    ];
  },
};
