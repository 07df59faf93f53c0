import { editFailure, type EditResult } from './EditResult';
import type { ParsedFrontmatter } from './parseFrontmatterSource';

/** What one edit works on: the frontmatter's YAML source, its parse, and the note's line ending. */
export interface EditContext {
  src: string;
  parsed: ParsedFrontmatter;
  eol: string;
}

/** The YAML source after one edit (unchanged for a no-op), or why the edit was refused. */
export type StepResult = { ok: true; src: string } | (EditResult & { ok: false });

/** A successful step. */
export function stepTo(src: string): StepResult {
  return { ok: true, src };
}

/** The refusal for a key whose layout the editor cannot change without touching other text. */
export function unsafeEdit(key: string): EditResult & { ok: false } {
  return editFailure(
    'unsafe-edit',
    `cannot change \`${key}\` without disturbing the rest of the frontmatter; edit it by hand`,
  );
}

/** Describes a value for messages: `a list`, `a map`, `the text "x"`. */
export function describeValue(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null || value === undefined) return 'nothing';
  if (typeof value === 'object') return 'a map';
  if (typeof value === 'string') return `the text ${JSON.stringify(value)}`;
  if (typeof value === 'number' || typeof value === 'boolean') return `the value ${value}`;
  return 'a value';
}
