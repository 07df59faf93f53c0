import { problem, type Problem } from '../model/Problem';
import { declaresStack } from './declaresStack';
import { findFrontmatter } from './findFrontmatter';
import { DEFAULT_FRONTMATTER_LIMITS, parseFrontmatter, type FrontmatterLimits } from './parseFrontmatter';

/**
 * What a note's text gives the index: nothing (`plain`: no `stack:` key), the parse input of an
 * item (`item`: frontmatter and each top-level key's line), or problems when a note declares
 * `stack:` but its frontmatter cannot be read (`invalid`).
 */
export type NoteRead =
  | { type: 'plain' }
  | { type: 'item'; frontmatter: Record<string, unknown>; lines: Record<string, number> }
  | { type: 'invalid'; problems: Problem[] };

/**
 * Reads a note's text into item input; only a block that declares `stack:` gets a YAML parse.
 * @example readNote('Tasks/Pay rent.md', '---\nstack: task\n---\n') // → { type: 'item', frontmatter: { stack: 'task' }, lines: { stack: 2 } }
 */
export function readNote(path: string, text: string, limits: FrontmatterLimits = DEFAULT_FRONTMATTER_LIMITS): NoteRead {
  const block = findFrontmatter(text);
  if (block.type === 'none') return { type: 'plain' };
  if (block.type === 'unclosed') {
    if (!declaresStack(block.yaml.slice(0, limits.maxChars))) return { type: 'plain' };
    return invalid(path, 'frontmatter never closes: add a `---` line after the last field', 1);
  }
  if (!declaresStack(block.yaml)) return { type: 'plain' };
  const parsed = parseFrontmatter(block.yaml, block.firstLine, limits);
  if (!parsed.ok) return invalid(path, parsed.message, parsed.line);
  return { type: 'item', frontmatter: parsed.frontmatter, lines: parsed.lines };
}

/** A note that declares `stack:` but cannot be read, as one problem on the whole note. */
export function invalid(path: string, message: string, line?: number): NoteRead {
  const p = problem(path, '', message);
  if (line !== undefined) p.line = line;
  return { type: 'invalid', problems: [p] };
}
