import { problem, type Problem } from '../model/Problem';
import { declaredKindInText, declaresStack } from './declaresStack';
import { findFrontmatter } from './findFrontmatter';
import { DEFAULT_FRONTMATTER_LIMITS, parseFrontmatter, type FrontmatterLimits } from './parseFrontmatter';

/**
 * What a note gives the index (the one index input, from the CLI's reader and the plugin alike):
 * nothing (`plain`: no `stack:` key), the parse input of an item (`item`: frontmatter and each
 * top-level key's line; empty when not known), or problems when the note cannot be read as an item
 * (`invalid`: YAML errors, not UTF-8, too large, …; `kind` is the kind its `stack:` line names).
 */
export type NoteRead =
  | { type: 'plain' }
  | { type: 'item'; frontmatter: Record<string, unknown>; lines: Readonly<Record<string, number>> }
  | { type: 'invalid'; problems: Problem[]; kind?: string };

/**
 * Reads a note's text into item input; only a block that declares `stack:` gets a YAML parse.
 * @example readNote('Tasks/Pay rent.md', '---\nstack: task\n---\n') // → { type: 'item', frontmatter: { stack: 'task' }, lines: { stack: 2 } }
 */
export function readNote(path: string, text: string, limits: FrontmatterLimits = DEFAULT_FRONTMATTER_LIMITS): NoteRead {
  const block = findFrontmatter(text);
  if (block.type === 'none') return { type: 'plain' };
  if (block.type === 'unclosed') {
    const head = block.yaml.slice(0, limits.maxChars);
    if (!declaresStack(head)) return { type: 'plain' };
    return invalid(path, 'frontmatter never closes: add a `---` line after the last field', 1, declaredKindInText(head));
  }
  if (!declaresStack(block.yaml)) return { type: 'plain' };
  const parsed = parseFrontmatter(block.yaml, block.firstLine, limits);
  if (!parsed.ok) return invalid(path, parsed.message, parsed.line, declaredKindInText(block.yaml.slice(0, limits.maxChars)));
  return { type: 'item', frontmatter: parsed.frontmatter, lines: parsed.lines };
}

/** A note that cannot be read as an item, as one error on the whole note (with the kind it names, when known). */
export function invalid(path: string, message: string, line?: number, kind?: string): NoteRead {
  const p = problem(path, '', message);
  if (line !== undefined) p.line = line;
  return kind === undefined ? { type: 'invalid', problems: [p] } : { type: 'invalid', problems: [p], kind };
}

/**
 * The read of a note whose frontmatter was parsed elsewhere (Obsidian's metadata cache, a test):
 * an item when it has a `stack:` key, else plain.
 * @example noteReadOf({ stack: 'task' }) // → { type: 'item', frontmatter: { stack: 'task' }, lines: {} }
 */
export function noteReadOf(frontmatter: Record<string, unknown> | null | undefined, lines?: Readonly<Record<string, number>>): NoteRead {
  if (frontmatter === null || frontmatter === undefined || !Object.prototype.hasOwnProperty.call(frontmatter, 'stack')) return PLAIN;
  return { type: 'item', frontmatter, lines: lines ?? NO_LINES };
}

const PLAIN: NoteRead = Object.freeze({ type: 'plain' });
const NO_LINES: Readonly<Record<string, number>> = Object.freeze({});
