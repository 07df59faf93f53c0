import type { IndexUserKinds, ParseFn, IndexParseInput } from '../core/index/types';
import type { ParseResult } from '../core/model/Item';
import type { Problem } from '../core/model/Problem';

// A key no YAML a person writes produces (it holds a NUL), so it cannot collide with a real field.
const MARK = '\u0000vault-stack-unreadable';

/**
 * The stand-in frontmatter of a note that declares `stack:` but whose frontmatter Obsidian could
 * not parse: the index keeps it (with its declared kind) and the wrapped parser turns it into the
 * reader's problems, so they show in the Problems list like any other.
 */
export function unreadableFrontmatter(declaredKind: string | undefined, problems: readonly Problem[]): Record<string, unknown> {
  const marked = problems.map((p) => ({ field: p.field, message: p.message, severity: p.severity, line: p.line ?? null }));
  return { stack: declaredKind ?? '', [MARK]: marked };
}

/** Wraps the index's parser so stand-ins from `unreadableFrontmatter` parse to their problems. */
export function withUnreadableNotes(parse: ParseFn): ParseFn {
  return (input: IndexParseInput, userKinds: IndexUserKinds): ParseResult => {
    const marked = input.frontmatter?.[MARK];
    if (!Array.isArray(marked)) return parse(input, userKinds);
    const problems = (marked as Array<{ field: string; message: string; severity: Problem['severity']; line: number | null }>).map((m) => {
      const p: Problem = { path: input.path, field: m.field, message: m.message, severity: m.severity };
      if (m.line !== null) p.line = m.line;
      return p;
    });
    return { item: null, problems };
  };
}

/**
 * The kind a frontmatter block declares on a `stack:` line, read without a YAML parser (for notes
 * whose YAML does not parse).
 * @example declaredKindOf('---\nstack: task\ndue: [\n---\n') // 'task'
 */
export function declaredKindOf(text: string): string | undefined {
  const m = /^stack:[ \t]*["']?([A-Za-z][\w-]*)/m.exec(text);
  return m?.[1]?.toLowerCase();
}
