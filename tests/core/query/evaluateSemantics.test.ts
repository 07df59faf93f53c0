import { describe, expect, it } from '@jest/globals';
import { anItem } from './ItemBuilder';
import { evaluate, expressionError } from './evaluate';
import { displayValue } from '../../../src/core/query/Value';

const task = anItem()
  .ofKind('task')
  .at('Tasks/Renew passport.md')
  .with('status', 'todo')
  .with('due', '2026-12-03')
  .with('scheduled', '2026-11-28T14:00')
  .with('priority', 'high')
  .with('rating', 4)
  .with('project', '[[Home admin]]')
  .with('categories', ['[[Admin]]', '[[Travel|trips]]'])
  .with('title-note', 'Passport')
  .build();

describe('null semantics', () => {
  it.each([
    ['missing > 3', false],
    ['missing < 3', false],
    ['missing <= 3', false],
    ['missing == null', true],
    ['missing != null', false],
    ['missing == 0', false],
    ['missing != "done"', true],
    ['missing.isEmpty()', true],
    ['missing.contains("x")', null],
    ['!missing.contains("x")', true],
    ['missing + 1', null],
    ['rating == null', false],
  ])('%s gives %j', (source, expected) => {
    expect(evaluate(source, task)).toBe(expected);
  });
});

describe('comparisons', () => {
  it.each([
    ['rating > 3', true],
    ['rating >= 4 && rating <= 4', true],
    ['status == "todo"', true],
    ['status == "TODO"', false],
    ['status != "done"', true],
    ['"b" > "a"', true],
    ['rating == "4"', false],
    ['true == true', true],
    ['[1, "a"] == [1, "a"]', true],
    ['[1, "a"] == ["a", 1]', false],
  ])('%s gives %j', (source, expected) => {
    expect(evaluate(source, task)).toBe(expected);
  });

  it('compares dates as dates, including date-shaped strings', () => {
    expect(evaluate('due > "2026-12-02"', task)).toBe(true);
    expect(evaluate('due == date("2026-12-03")', task)).toBe(true);
    expect(evaluate('due == "2026-12-03"', task)).toBe(true);
    expect(evaluate('due < "not a date"', task)).toBe(false);
  });

  it('orders a date before a datetime later that day', () => {
    expect(evaluate('today() < scheduled', task)).toBe(true);
    expect(evaluate('now() < scheduled', task)).toBe(true);
    expect(evaluate('date("2026-11-28") == today()', task)).toBe(true);
  });

  it('compares links by target, case-insensitively, against links or [[text]]', () => {
    expect(evaluate('project == link("home admin")', task)).toBe(true);
    expect(evaluate('project == "[[Home admin]]"', task)).toBe(true);
    expect(evaluate('project == "Home admin"', task)).toBe(true);
    expect(evaluate('categories.contains(link("Travel"))', task)).toBe(true);
    expect(evaluate('categories.contains(link("Books"))', task)).toBe(false);
  });
});

describe('logic', () => {
  it('short-circuits && and || and returns the deciding operand', () => {
    const asked: string[] = [];
    const derived = (_: unknown, name: string): unknown => void asked.push(name);
    expect(evaluate('missing && boom', task, { derived })).toBeNull();
    expect(evaluate('rating || boom', task, { derived })).toBe(4);
    expect(asked).toEqual(['missing', 'rating']);
    expect(evaluate('rating || 0', task)).toBe(4);
    expect(evaluate('missing || "fallback"', task)).toBe('fallback');
  });

  it('treats null, false, 0, "" and [] as false for !', () => {
    expect(['!missing', '!false', '!0', '!""', '![]', '!"x"', '![0]'].map((s) => evaluate(s, task))).toEqual([
      true,
      true,
      true,
      true,
      true,
      false,
      false,
    ]);
  });

  it('chooses a branch with if(), null without an else', () => {
    expect(evaluate('if(rating > 3, "good", "meh")', task)).toBe('good');
    expect(evaluate('if(missing, "yes")', task)).toBeNull();
  });
});

describe('durations: Bases units in expressions, Vault Stack units in frontmatter', () => {
  const secret = anItem()
    .ofKind('secret')
    .with('rotate', '3m')
    .with('rotated', '2026-08-10')
    .withData({
      type: 'secret',
      store: 'pass',
      ref: 'api/token',
      rotate: { n: 3, unit: 'm' },
      rotated: '2026-08-10',
      usedBy: [],
    })
    .build();

  it('reads "m" in a query as minutes and "M" as months, as a filter copied from a Base does', () => {
    expect(displayValue(evaluate('date("2026-11-28") + "3m"', secret))).toBe('2026-11-28T00:03');
    expect(displayValue(evaluate('date("2026-11-28") + "3M"', secret))).toBe('2027-02-28');
  });

  it("keeps a frontmatter duration's m as months", () => {
    expect(displayValue(evaluate('rotated + rotate', secret))).toBe('2026-11-10');
    expect(evaluate('note["rotate"]', secret)).toEqual({ type: 'duration', months: 3, minutes: 0 });
  });
});

describe('dates and durations', () => {
  it.each([
    ['today() + "7d"', '2026-12-05'],
    ['today() + "7 days"', '2026-12-05'],
    ['today() + "1 week"', '2026-12-05'],
    ['today() - "2w"', '2026-11-14'],
    ['today() + "3M"', '2027-02-28'],
    ['date("2026-01-31") + "1M"', '2026-02-28'],
    ['now() + "90m"', '2026-11-28T11:00'],
    ['today() + "30 minutes"', '2026-11-28T00:30'],
    ['date("2024-02-29") + "1y"', '2025-02-28'],
    ['today() + "1 year"', '2027-11-28'],
    ['now() - "6h"', '2026-11-28T03:30'],
    ['today() + "6h"', '2026-11-28T06:00'],
    ['now() + "90 minutes"', '2026-11-28T11:00'],
    ['"2d" + today()', '2026-11-30'],
    ['due + duration("1d")', '2026-12-04'],
  ])('%s is %s', (source, expected) => {
    expect(displayValue(evaluate(source, task))).toBe(expected);
  });

  it('filters on a date window, as in due < today() + "7d"', () => {
    expect(evaluate('due < today() + "7d"', task)).toBe(true);
    expect(evaluate('due < today() + "3d"', task)).toBe(false);
  });

  it('subtracts dates into a duration with day, week and year fields', () => {
    expect(evaluate('(due - today()).days', task)).toBe(5);
    expect(evaluate('(date("2027-11-28") - today()).years.round()', task)).toBe(1);
    expect(displayValue(evaluate('due - today()', task))).toBe('5d');
  });

  it('reads year, month, day, hour and minute of a date', () => {
    expect(
      ['scheduled.year', 'scheduled.month', 'scheduled.day', 'scheduled.hour', 'scheduled.minute'].map((s) =>
        evaluate(s, task),
      ),
    ).toEqual([2026, 11, 28, 14, 0]);
  });

  it('gives null for a duration string that does not parse at run time', () => {
    expect(evaluate('due + priority', task)).toBeNull();
  });

  it('rejects a malformed duration or date literal before running', () => {
    expect(expressionError('due < today() + "7dd"')).toBe(
      '17: "7dd" is not a duration (expected e.g. "7d", "2w", "3M", "1y", "6h", "30m" or "7 days"; as in Bases, M is months and m minutes)',
    );
    expect(expressionError('due < date("2026-02-30")')).toBe(
      '12: "2026-02-30" is not a date (expected YYYY-MM-DD, YYYY-MM-DD HH:mm:ss or YYYY-MM-DDTHH:mm)',
    );
    expect(expressionError('duration("soon")')).toContain('1: "soon" is not a duration'.replace('1:', '10:'));
  });
});

describe('arithmetic', () => {
  it.each([
    ['rating + 1', 5],
    ['rating - 6', -2],
    ['rating * 2.5', 10],
    ['rating / 8', 0.5],
    ['rating % 3', 1],
    ['-rating', -4],
    ['rating / 0', null],
    ['"p-" + rating', 'p-4'],
    ['status * 2', null],
  ])('%s gives %j', (source, expected) => {
    expect(evaluate(source, task)).toBe(expected);
  });
});

describe('functions and methods', () => {
  it.each([
    ['status.contains("od")', true],
    ['status.startsWith("to")', true],
    ['status.endsWith("do")', true],
    ['"ToDo".lower() == status', true],
    ['status.upper()', 'TODO'],
    ['"  x ".trim()', 'x'],
    ['status.length', 4],
    ['status.length()', 4],
    ['categories.length', 2],
    ['categories.containsAny(link("Nope"), link("Admin"))', true],
    ['categories.containsAll(link("Travel"), link("Admin"))', true],
    ['categories.containsAll(link("Travel"), link("Nope"))', false],
    ['[1, 2, 3].contains(2)', true],
    ['[1, 1, 2].unique().length', 2],
    ['["a", "b"].join("+")', 'a+b'],
    ['rating.toString()', '4'],
    ['(2.345).round(2)', 2.35],
    ['(2.7).floor()', 2],
    ['(2.1).ceil()', 3],
    ['(-3).abs()', 3],
    ['(2).toFixed(2)', '2.00'],
    ['number("12")', 12],
    ['number("x")', null],
    ['min(3, 1, 2)', 1],
    ['max(due, date("2027-01-01")) == date("2027-01-01")', true],
    ['list(status)', ['todo']],
    ['list(categories).length', 2],
    ['scheduled.date() == today()', true],
    ['rating.isTruthy()', true],
    ['rating.lower()', null],
    ['(0.1 + 0.2).toString()', '0.3'],
  ])('%s gives %j', (source, expected) => {
    expect(evaluate(source, task)).toEqual(expected);
  });

  it('matches tags, nested tags, folders, links and properties through file.*', () => {
    const note = anItem()
      .at('Infra/Services/Grafana.md')
      .tagged('#homelab/monitoring')
      .with('host', '[[Devices/nas]]')
      .build();
    expect(evaluate('file.hasTag("homelab")', note)).toBe(true);
    expect(evaluate('file.hasTag("HOMELAB/monitoring")', note)).toBe(true);
    expect(evaluate('file.hasTag("home")', note)).toBe(false);
    expect(evaluate('file.hasTag("x", "homelab")', note)).toBe(true);
    expect(evaluate('file.inFolder("Infra")', note)).toBe(true);
    expect(evaluate('file.inFolder("Infra/Services/")', note)).toBe(true);
    expect(evaluate('file.inFolder("Inf")', note)).toBe(false);
    expect(evaluate('file.hasLink("nas")', note)).toBe(true);
    expect(evaluate('file.hasLink(link("Devices/nas"))', note)).toBe(true);
    expect(evaluate('file.hasLink("Other/nas")', note)).toBe(false);
    expect(evaluate('file.hasProperty("host")', note)).toBe(true);
    expect(evaluate('file.hasProperty("port")', note)).toBe(false);
  });

  it.each([
    [
      'file.name.startsWith2("x")',
      '11: unknown function "startsWith2" (known: contains, containsAny, containsAll, startsWith, endsWith, isEmpty, isTruthy,',
    ],
    [
      'todya() > due',
      '1: unknown function "todya" (known: today, now, date, duration, if, link, list, number, min, max, file, random, escapeHTML, html, image, icon, not, empty)',
    ],
    [
      'file.hasTags("x")',
      '6: unknown function "file.hasTags" (known: file.hasTag, file.inFolder, file.hasLink, file.hasProperty, file.asLink)',
    ],
    ['today(1)', '1: today() takes 0 arguments, got 1'],
    ['if(a)', '1: if() takes 2 to 3 arguments, got 1'],
    ['x.contains()', '3: contains() takes 1 argument, got 0'],
    ['x.containsAny()', '3: containsAny() takes at least 1 argument, got 0'],
    ['not(1, 2)', '1: not() takes 1 argument, got 2'],
    ['x.filter()', '3: filter() takes 1 argument, got 0'],
    ['x.reduce(acc + value)', '3: reduce() takes 2 arguments, got 1'],
    ['x.matches(/a(/)', '11: invalid regular expression'],
    ['x.matches(/ab', '11: unterminated regular expression'],
    ['x.constructor()', '3: unknown function "constructor"'],
    ['toString()', '1: unknown function "toString"'],
    ['"x"(1)', '1: only functions and methods can be called'],
  ])('reports %j', (source, expected) => {
    expect(expressionError(source)).toContain(expected);
  });
});
