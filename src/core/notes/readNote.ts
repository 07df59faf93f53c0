import { problem, type Problem } from '../model/Problem';
import { findTaskLines } from '../inline/findTaskLines';
import { withTimeEntries } from '../inline/taskTimeLines';
import type { TaskLineRef } from '../inline/TaskLineRef';
import { commentedValues } from './commentedValues';
import { declaredKindInText, declaresStack } from './declaresStack';
import { findFrontmatter } from './findFrontmatter';
import { DEFAULT_FRONTMATTER_LIMITS, parseFrontmatter, type FrontmatterLimits } from './parseFrontmatter';

/**
 * What a note gives the index (the one index input, from the CLI's reader and the plugin alike):
 * nothing (`plain`: no `stack:` key), the parse input of an item (`item`: frontmatter and each
 * top-level key's line; empty when not known; `problems`: the reader's warnings, such as a value
 * lost to a `#` comment), or problems when the note cannot be read as an item (`invalid`: YAML
 * errors, not UTF-8, too large, a `Stack:` key, …; `kind` is the kind its `stack:` line names).
 * Any of them may list the note's checklist lines (`tasks`, absent when none): the index reads
 * them as Obsidian Tasks inline tasks.
 */
export type NoteRead =
  | { type: 'plain'; tasks?: readonly TaskLineRef[] }
  | {
      type: 'item';
      frontmatter: Record<string, unknown>;
      lines: Readonly<Record<string, number>>;
      problems?: Problem[];
      tasks?: readonly TaskLineRef[];
    }
  | { type: 'invalid'; problems: Problem[]; kind?: string; tasks?: readonly TaskLineRef[] };

/**
 * Reads a note's text into item input; only a block that declares `stack:` gets a YAML parse.
 * @example readNote('Tasks/Pay rent.md', '---\nstack: task\n---\n') // → { type: 'item', frontmatter: { stack: 'task' }, lines: { stack: 2 } }
 */
export function readNote(path: string, text: string, limits: FrontmatterLimits = DEFAULT_FRONTMATTER_LIMITS): NoteRead {
  return withTaskLines(readFrontmatterOf(path, text, limits), withTimeEntries(text, findTaskLines(text)));
}

/**
 * A read with the note's checklist lines added (the same read when there are none).
 * @example withTaskLines({ type: 'plain' }, [{ line: 3, text: '- [ ] Pay rent' }]) // { type: 'plain', tasks: [...] }
 */
export function withTaskLines(read: NoteRead, tasks: readonly TaskLineRef[]): NoteRead {
  return tasks.length === 0 ? read : { ...read, tasks };
}

function readFrontmatterOf(path: string, text: string, limits: FrontmatterLimits): NoteRead {
  const block = findFrontmatter(text);
  if (block.type === 'none') return PLAIN;
  if (block.type === 'unclosed') {
    const head = block.yaml.slice(0, limits.maxChars);
    if (!declaresStack(head)) return PLAIN;
    return invalid(
      path,
      'frontmatter never closes: add a `---` line after the last field',
      1,
      declaredKindInText(head),
    );
  }
  if (!declaresStack(block.yaml)) {
    const miscased = MISCASED_STACK.exec(block.yaml.slice(0, limits.maxChars));
    if (miscased === null) return PLAIN;
    return miscasedStack(path, miscased[2], block.firstLine + countLines(block.yaml, miscased.index));
  }
  const parsed = parseFrontmatter(block.yaml, block.firstLine, limits);
  if (!parsed.ok)
    return invalid(path, parsed.message, parsed.line, declaredKindInText(block.yaml.slice(0, limits.maxChars)));
  const warnings = commentedValues(path, block.yaml, block.firstLine, parsed.frontmatter);
  return warnings.length === 0
    ? { type: 'item', frontmatter: parsed.frontmatter, lines: parsed.lines }
    : { type: 'item', frontmatter: parsed.frontmatter, lines: parsed.lines, problems: warnings };
}

/** A top-level `stack` key in another case (`Stack:`, `"STACK":`); group 2 is the key as written. */
const MISCASED_STACK = /^(["']?)(stack)\1[ \t]*:/im;

/** The read of a note whose only `stack` key is in another case: not an item, with a warning saying so. */
function miscasedStack(path: string, key: string, line?: number): NoteRead {
  const p = problem(
    path,
    key,
    'is not the `stack:` key (keys are case-sensitive), so this note is not an item; did you mean `stack:`?',
    'warning',
  );
  if (line !== undefined) p.line = line;
  return { type: 'invalid', problems: [p] };
}

function countLines(text: string, end: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** A note that cannot be read as an item, as one error on the whole note (with the kind it names, when known). */
export function invalid(path: string, message: string, line?: number, kind?: string): NoteRead {
  const p = problem(path, '', message);
  if (line !== undefined) p.line = line;
  return kind === undefined ? { type: 'invalid', problems: [p] } : { type: 'invalid', problems: [p], kind };
}

/**
 * The read of a note whose frontmatter was parsed elsewhere (Obsidian's metadata cache, a test):
 * an item when it has a `stack:` key, else plain (with a warning when a `Stack:` key was meant).
 * @example noteReadOf({ stack: 'task' }) // → { type: 'item', frontmatter: { stack: 'task' }, lines: {} }
 */
export function noteReadOf(
  frontmatter: Record<string, unknown> | null | undefined,
  lines?: Readonly<Record<string, number>>,
  path = '',
): NoteRead {
  if (frontmatter === null || frontmatter === undefined) return PLAIN;
  if (Object.prototype.hasOwnProperty.call(frontmatter, 'stack'))
    return { type: 'item', frontmatter, lines: lines ?? NO_LINES };
  // Only a five-letter key can be `stack` in another case: most keys are told apart without lower-casing them.
  const miscased = Object.keys(frontmatter).find((key) => key.length === 5 && key.toLowerCase() === 'stack');
  return miscased === undefined ? PLAIN : miscasedStack(path, miscased, lines?.[miscased]);
}

const PLAIN: NoteRead = Object.freeze({ type: 'plain' });
const NO_LINES: Readonly<Record<string, number>> = Object.freeze({});
