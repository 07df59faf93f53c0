import type { Item } from '../model/Item';
import { problem, type Problem, type Severity } from '../model/Problem';
import { fieldBase } from './linkPath';
import { NO_PROBLEMS } from './NoteEntry';
import { expectedTargetKind } from './relationKinds';

/**
 * The problems in one item's relations: a link that matches no note is an error, a link from a
 * kind-typed field (`host`, `secrets`, `depends`…) to a note of another kind is a warning.
 * `onDangling` hears of each dangling link's problem and target (for a later "did you mean").
 * Without problems (most items) it returns the shared frozen `NO_PROBLEMS`, allocating nothing.
 */
export function relationProblems(
  item: Item,
  resolve: (target: string, fromPath: string) => string | null,
  itemAt: (path: string) => Item | null | undefined,
  lineOf: (field: string) => number | undefined,
  onDangling?: (problem: Problem, target: string) => void,
): Problem[] {
  let out: Problem[] | null = null;
  for (const link of item.links) {
    const to = resolve(link.target, item.path);
    let message: string;
    let severity: Severity = 'error';
    if (to === null) message = `"[[${link.target}]]" does not match any note`;
    else {
      const expected = expectedTargetKind(item.kind, fieldBase(link.field));
      const target = itemAt(to);
      if (expected === undefined || target?.kind === expected) continue;
      const actual = target ? withArticle(target.kind) : 'a plain note';
      message = `"[[${link.target}]]" is ${actual}, not ${withArticle(expected)}`;
      severity = 'warning';
    }
    // One object per problem, its line (when known) included from the start.
    const line = lineOf(link.field);
    const p: Problem =
      line === undefined
        ? problem(item.path, link.field, message, severity)
        : { path: item.path, field: link.field, message, severity, line };
    if (to === null) onDangling?.(p, link.target);
    (out ??= []).push(p);
  }
  return out ?? NO_PROBLEMS;
}

function withArticle(kind: string): string {
  return (/^[aeiou]/i.test(kind) ? 'an ' : 'a ') + kind;
}
