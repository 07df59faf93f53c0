import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { parseQuery } from '../../../src/core/query/parseQuery';
import { runQuery } from '../../../src/core/query/runQuery';
import { selfNote } from '../../../src/core/query/selfNote';

/**
 * A differential test: the same filters run by the engine and by a small oracle written here from
 * docs/queries.md alone (null and missing values, mixed types, dates against durations, list
 * methods), over generated frontmatter. The oracle shares no code with the engine.
 */

const TODAY = '2026-11-28';
const KEYS = ['a', 'b', 'c'] as const;
const DATES = ['2026-11-20', '2026-11-28', '2026-12-05', '2027-01-31'];

/** The oracle's values: what a frontmatter value means in a filter. */
type O =
  | { t: 'null' }
  | { t: 'num'; v: number }
  | { t: 'str'; v: string }
  | { t: 'bool'; v: boolean }
  | { t: 'date'; day: number }
  | { t: 'list'; v: O[] };

const NULL: O = { t: 'null' };

function dayOf(text: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const back = new Date(ms).toISOString().slice(0, 10);
  return back === text ? ms / 86_400_000 : null;
}

function meaning(raw: unknown): O {
  if (raw === undefined || raw === null) return NULL;
  if (typeof raw === 'number') return { t: 'num', v: raw };
  if (typeof raw === 'boolean') return { t: 'bool', v: raw };
  if (typeof raw === 'string') {
    const day = dayOf(raw);
    return day === null ? { t: 'str', v: raw } : { t: 'date', day };
  }
  if (Array.isArray(raw)) return { t: 'list', v: raw.map(meaning) };
  return NULL;
}

function truthy(o: O): boolean {
  switch (o.t) {
    case 'null':
      return false;
    case 'num':
      return o.v !== 0;
    case 'str':
      return o.v !== '';
    case 'bool':
      return o.v;
    case 'date':
      return true;
    case 'list':
      return o.v.length > 0;
  }
}

/** A value read as a date: a date, or text that is one. */
function asDay(o: O): number | null {
  if (o.t === 'date') return o.day;
  if (o.t === 'str') return dayOf(o.v);
  return null;
}

function equal(a: O, b: O): boolean {
  if (a.t === 'null' || b.t === 'null') return a.t === b.t;
  if (a.t === 'date' || b.t === 'date') {
    const [x, y] = [asDay(a), asDay(b)];
    return x !== null && y !== null && x === y;
  }
  if (a.t === 'list' || b.t === 'list')
    return a.t === 'list' && b.t === 'list' && a.v.length === b.v.length && a.v.every((x, i) => equal(x, b.v[i]));
  return a.t === b.t && a.v === b.v;
}

/** `a OP b` for ordering: numbers, texts, dates (text that is a date counts); anything else is false. */
function order(a: O, b: O): number | null {
  if (a.t === 'num' && b.t === 'num') return a.v - b.v;
  if (a.t === 'date' || b.t === 'date') {
    const [x, y] = [asDay(a), asDay(b)];
    return x !== null && y !== null ? x - y : null;
  }
  if (a.t === 'str' && b.t === 'str') return a.v < b.v ? -1 : a.v > b.v ? 1 : 0;
  return null;
}

type Op = '==' | '!=' | '<' | '<=' | '>' | '>=';
function compare(op: Op, a: O, b: O): boolean {
  if (op === '==') return equal(a, b);
  if (op === '!=') return !equal(a, b);
  const c = order(a, b);
  if (c === null) return false;
  return op === '<' ? c < 0 : op === '<=' ? c <= 0 : op === '>' ? c > 0 : c >= 0;
}

function asList(o: O): O[] {
  return o.t === 'null' ? [] : o.t === 'list' ? o.v : [o];
}

/** A generated filter: its source text and what the oracle says it keeps. */
interface Case {
  source: string;
  keeps: (fm: Record<string, unknown>) => boolean;
}

const key = fc.constantFrom(...KEYS);
interface Literal {
  text: string;
  value: O;
}
const lit = (text: string, value: O): Literal => ({ text, value });
const literal: fc.Arbitrary<Literal> = fc.oneof(
  fc.integer({ min: -3, max: 3 }).map((n) => lit(String(n), { t: 'num', v: n })),
  fc.constantFrom('x', 'y', '', 'm').map((s) => lit(JSON.stringify(s), { t: 'str', v: s })),
  // A quoted date is text: it compares as a date only against a date (a frontmatter date).
  fc.constantFrom(...DATES).map((d) => lit(JSON.stringify(d), { t: 'str', v: d })),
  fc.boolean().map((b) => lit(String(b), { t: 'bool', v: b })),
  fc.constant(lit('null', NULL)),
);
const op = fc.constantFrom<Op>('==', '!=', '<', '<=', '>', '>=');

const comparison: fc.Arbitrary<Case> = fc.tuple(key, op, literal).map(([k, o, l]) => ({
  source: `${k} ${o} ${l.text}`,
  keeps: (fm) => compare(o, meaning(fm[k]), l.value),
}));

/** `k < date("D") ± "Nd"` and `k >= today() - "Nw"`: dates against durations. */
const dateShift: fc.Arbitrary<Case> = fc
  .tuple(
    key,
    op,
    fc.constantFrom(...DATES, TODAY),
    fc.constantFrom(1, -1),
    fc.integer({ min: 0, max: 20 }),
    fc.constantFrom('d', 'w'),
  )
  .map(([k, o, base, sign, n, unit]) => {
    const anchor = base === TODAY ? 'today()' : `date("${base}")`;
    const shift = (dayOf(base) ?? 0) + sign * n * (unit === 'w' ? 7 : 1);
    return {
      source: `${k} ${o} ${anchor} ${sign === 1 ? '+' : '-'} "${n}${unit}"`,
      keeps: (fm) => compare(o, meaning(fm[k]), { t: 'date', day: shift }),
    };
  });

const listMethod: fc.Arbitrary<Case> = fc.oneof(
  fc.tuple(key, literal).map(([k, l]) => ({
    source: `list(${k}).contains(${l.text})`,
    keeps: (fm: Record<string, unknown>) => asList(meaning(fm[k])).some((e) => equal(e, l.value)),
  })),
  fc.tuple(key, fc.integer({ min: -2, max: 2 }), fc.integer({ min: 0, max: 2 })).map(([k, n, m]) => ({
    source: `list(${k}).filter(value > ${n}).length >= ${m}`,
    keeps: (fm: Record<string, unknown>) =>
      asList(meaning(fm[k])).filter((e) => compare('>', e, { t: 'num', v: n })).length >= m,
  })),
  fc.tuple(key, fc.integer({ min: -4, max: 4 })).map(([k, n]) => ({
    source: `list(${k}).map(value * 2).contains(${n})`,
    keeps: (fm: Record<string, unknown>) => asList(meaning(fm[k])).some((e) => e.t === 'num' && e.v * 2 === n),
  })),
  fc.tuple(key, fc.integer({ min: -3, max: 6 })).map(([k, n]) => ({
    source: `list(${k}).reduce(acc + value, 0) > ${n}`,
    keeps: (fm: Record<string, unknown>) => {
      const list = asList(meaning(fm[k]));
      // A non-number anywhere makes the sum null, and null > n is false.
      if (!list.every((e) => e.t === 'num')) return false;
      return list.reduce((s, e) => s + (e.t === 'num' ? e.v : 0), 0) > n;
    },
  })),
  key.map((k) => ({
    source: `${k}.isEmpty()`,
    keeps: (fm: Record<string, unknown>) => {
      const o = meaning(fm[k]);
      return o.t === 'null' || (o.t === 'str' && o.v === '') || (o.t === 'list' && o.v.length === 0);
    },
  })),
);

const filterCase: fc.Arbitrary<Case> = fc.letrec<{ f: Case }>((tie) => ({
  f: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    comparison,
    dateShift,
    listMethod,
    key.map((k) => ({ source: k, keeps: (fm: Record<string, unknown>) => truthy(meaning(fm[k])) })),
    fc.tuple(tie('f'), tie('f')).map(([x, y]) => ({
      source: `(${x.source}) && (${y.source})`,
      keeps: (fm: Record<string, unknown>) => x.keeps(fm) && y.keeps(fm),
    })),
    fc.tuple(tie('f'), tie('f')).map(([x, y]) => ({
      source: `(${x.source}) || (${y.source})`,
      keeps: (fm: Record<string, unknown>) => x.keeps(fm) || y.keeps(fm),
    })),
    tie('f').map((x) => ({ source: `!(${x.source})`, keeps: (fm: Record<string, unknown>) => !x.keeps(fm) })),
  ),
})).f;

const scalar = fc.oneof(
  fc.constant(null),
  fc.integer({ min: -3, max: 3 }),
  fc.constantFrom('x', 'y', '', 'm', '3'),
  fc.boolean(),
  fc.constantFrom(...DATES),
);
const value = fc.oneof(scalar, fc.array(scalar, { maxLength: 4 }));
const frontmatter = fc.record({ a: value, b: value, c: value }, { requiredKeys: [] });

describe('the engine agrees with a hand-written oracle', () => {
  it('on generated filters over generated frontmatter (null, missing, mixed types, dates ± durations, list methods)', () => {
    fc.assert(
      fc.property(filterCase, fc.array(frontmatter, { minLength: 1, maxLength: 6 }), (filter, notes) => {
        const parsed = parseQuery(JSON.stringify({ filters: filter.source }));
        if (!parsed.ok) throw new Error(`${filter.source}: ${parsed.errors[0].message}`);
        const items = notes.map((fm, i) => selfNote({ path: `N/${i}.md`, frontmatter: fm }));
        const kept = runQuery(parsed.query, items, { today: TODAY, now: `${TODAY}T09:30` }).rows.map(
          (r) => r.item.path,
        );
        const expected = items.filter((_, i) => filter.keeps(notes[i])).map((item) => item.path);
        expect({ source: filter.source, kept }).toEqual({ source: filter.source, kept: expected });
      }),
      { numRuns: 600 },
    );
  });

  it('holds for the edge cases written out', () => {
    const keeps = (source: string, fm: Record<string, unknown>): boolean => {
      const parsed = parseQuery(JSON.stringify({ filters: source }));
      if (!parsed.ok) throw new Error(parsed.errors[0].message);
      return (
        runQuery(parsed.query, [selfNote({ path: 'n.md', frontmatter: fm })], { today: TODAY, now: `${TODAY}T09:30` })
          .rows.length === 1
      );
    };
    expect(keeps('a != "x"', {})).toBe(true);
    expect(keeps('a < 3', {})).toBe(false);
    expect(keeps('a == "3"', { a: 3 })).toBe(false);
    expect(keeps('a == "2026-11-20"', { a: '2026-11-20' })).toBe(true);
    expect(keeps('a < today() - "1w"', { a: '2026-11-20' })).toBe(true);
    expect(keeps('a < today() - "1w"', { a: '2026-11-21' })).toBe(false);
    expect(keeps('list(a).reduce(acc + value, 0) > 0', { a: [1, 'x'] })).toBe(false);
    expect(keeps('list(a).contains("2026-11-20")', { a: ['2026-11-20'] })).toBe(true);
  });
});
