import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inlineTasksOf } from '../../../src/core/inline/inlineTaskItem';
import { readTaskFields } from '../../../src/core/inline/taskFields';
import { DEFAULT_TASKS_SETTINGS, type TasksSettings } from '../../../src/core/inline/TasksSettings';
import { taskLineParts } from '../../../src/core/inline/taskLine';
import { describeWithCorpus } from '../../support/describeWithCorpus';
import { inlineTasksOf as referenceInlineTasksOf } from './support/inlineTaskItemReference';
import { readTaskFields as referenceReadTaskFields } from './support/taskFieldsReference';

/** A small deterministic random stream (tests must not depend on Math.random). */
function stream(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

const WORDS = [
  'Pay',
  'rent',
  'call',
  'mum',
  'deploy',
  '#home',
  '#work/q1',
  'x',
  '[[Note]]',
  '(aside)',
  'a,b',
  '::',
  '🔁',
];
const DATES = ['2026-12-01', '2026-02-30', '2026-1-1', '1999-12-31'];
const EMOJI_FIELDS = [
  () => `📅 ${pick(DATES)}`,
  () => `📆${pick(DATES)}`,
  () => `⏳ ${pick(DATES)}`,
  () => `⌛ ${pick(DATES)}`,
  () => `🛫 ${pick(DATES)}`,
  () => `➕ ${pick(DATES)}`,
  () => `✅ ${pick(DATES)}`,
  () => `❌ ${pick(DATES)}`,
  () => pick(['🔺', '⏫', '🔼', '🔽', '⏬', '⏫\uFE0F']),
  () => `🔁 ${pick(['every week', 'every 2 days when done', 'every!', 'nonsense, really'])}`,
  () => `🏁 ${pick(['delete', 'keep', 'Keep', 'other'])}`,
  () => `🆔 ${pick(['abc123', 'x-y_z', 'bad id'])}`,
  () => `⛔ ${pick(['abc', 'abc,def', 'a , b ,c', ','])}`,
  () => `#${pick(['tag', 'a/b', 'x!'])}`,
];
const DATAVIEW_KEYS = [
  'due::',
  'scheduled::',
  'start::',
  'created::',
  'completion::',
  'cancelled::',
  'priority::',
  'repeat::',
  'onCompletion::',
  'id::',
  'dependsOn::',
];
const DATAVIEW_VALUES = [...DATES, 'high', 'lowest', 'every day', 'keep', 'abc', 'abc, def', ''];

let random = stream(1);
function pick<T>(list: readonly T[]): T {
  return list[Math.floor(random() * list.length)];
}

/** A task body: words, then fields of either format (or both) in any order, with stray spaces. */
function body(): string {
  const parts: string[] = [];
  for (let n = Math.floor(random() * 4); n > 0; n--) parts.push(pick(WORDS));
  for (let n = Math.floor(random() * 6); n > 0; n--) {
    if (random() < 0.6) parts.push(pick(EMOJI_FIELDS)());
    else {
      const [open, close] = pick([
        ['[', ']'],
        ['(', ')'],
        ['[', ')'],
      ]);
      parts.push(
        `${open}${pick(DATAVIEW_KEYS)}${pick([' ', '', '  '])}${pick(DATAVIEW_VALUES)}${close}${pick(['', ',', ' '])}`,
      );
    }
    if (random() < 0.2) parts.push(pick(WORDS));
  }
  return parts.join(pick([' ', '  ', ' ']));
}

/** Bodies around a trailing tag's edges: at the start, after odd blanks, tags glued or doubled, punctuation. */
const TAG_EDGES = [
  '#tag',
  ' #tag',
  '\u00a0#tag',
  '\t#a/b',
  'a#b',
  'a #b#c',
  '##x',
  '#a #b',
  'x #a!b',
  'x #',
  '#',
  'do it #home 📅 2026-12-01 #work',
  'do it 📅 2026-12-01 #work [due:: 2026-12-02] #home',
  '\u2028#x',
  '😀#x',
  'é #ü',
];

describe('readTaskFields against the reading it replaced', () => {
  it('reads bodies around trailing tags the same, in both formats', () => {
    for (const text of TAG_EDGES)
      for (const format of ['emoji', 'dataview'] as const)
        expect([text, format, readTaskFields(text, format)]).toEqual([
          text,
          format,
          referenceReadTaskFields(text, format),
        ]);
  });

  it('reads 8,000 generated bodies the same, in both formats', () => {
    random = stream(20261203);
    for (let i = 0; i < 8_000; i++) {
      const text = body();
      for (const format of ['emoji', 'dataview'] as const)
        expect([text, format, readTaskFields(text, format)]).toEqual([
          text,
          format,
          referenceReadTaskFields(text, format),
        ]);
    }
  });
});

/** Tasks settings the task items are read under: the defaults, a global filter (removed or kept), the Dataview format. */
const SETTINGS: TasksSettings[] = [
  DEFAULT_TASKS_SETTINGS,
  { ...DEFAULT_TASKS_SETTINGS, globalFilter: '#home', removeGlobalFilter: true },
  { ...DEFAULT_TASKS_SETTINGS, globalFilter: '#work/q1' },
  { ...DEFAULT_TASKS_SETTINGS, taskFormat: 'dataview' },
];

describe('inlineTasksOf against the reading it replaced', () => {
  it('gives the same items and warnings for 4,000 generated checklist lines under each setting', () => {
    random = stream(7);
    const lines = Array.from({ length: 4_000 }, (_, i) => ({
      line: i + 1,
      text: `${pick(['', '  ', '> '])}${pick(['-', '*', '1.'])} [${pick([' ', 'x', '/', '-', '?'])}] ${body()}`,
      ...(random() < 0.1 ? { time: ['2026-12-01 09:00-09:30', 'not a time'] } : {}),
    }));
    for (const settings of SETTINGS)
      expect(inlineTasksOf('Week.md', lines, settings)).toEqual(referenceInlineTasksOf('Week.md', lines, settings));
  });
});

/** Every Markdown file under `root`. */
function markdownFiles(root: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(root, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.md')) out.push(join(entry.parentPath, entry.name));
  }
  return out;
}

describeWithCorpus('kepano-obsidian', 'readTaskFields on the corpus against the reading it replaced', (root) => {
  it('reads every line of every note the same (checklist bodies and whole lines)', () => {
    let lines = 0;
    for (const file of markdownFiles(root)) {
      for (const line of readFileSync(file, 'utf8').split('\n')) {
        const texts = [line, taskLineParts(line)?.body].filter((t): t is string => t !== undefined);
        for (const text of texts)
          for (const format of ['emoji', 'dataview'] as const)
            expect(readTaskFields(text, format)).toEqual(referenceReadTaskFields(text, format));
        lines++;
      }
      const refs = readFileSync(file, 'utf8')
        .split('\n')
        .map((text, i) => ({ line: i + 1, text }))
        .filter(({ text }) => taskLineParts(text) !== null);
      for (const settings of SETTINGS)
        expect(inlineTasksOf(file, refs, settings)).toEqual(referenceInlineTasksOf(file, refs, settings));
    }
    expect(lines).toBeGreaterThan(100);
  });
});
