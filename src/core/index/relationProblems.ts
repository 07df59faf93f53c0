import type { Item } from '../model/Item';
import { problem, type Problem, type Severity } from '../model/Problem';
import { fieldBase } from './linkPath';
import { NO_PROBLEMS } from './NoteEntry';
import { expectedTargetKind } from './relationKinds';

/**
 * The problems in one item's relations: a link that matches no note is an error, a link from a
 * kind-typed field (`host`, `secrets`, `depends`…) to a note of another kind is a warning.
 * Links resolve through `resolver` to entries of `notes`; `dangling` hears of each dangling link's
 * problem and target (for a later "did you mean"); `lines` places a problem at its field's line
 * (`depends[1]` at `depends`'s), when known. The lookups are objects of classes, not closures, so
 * the optimised code of a check outlives the index it was made for (V8 compiled per-index closures
 * again for every new index, that is every plugin load).
 * Without problems (most items) it returns the shared frozen `NO_PROBLEMS`, allocating nothing.
 */
export function relationProblems(
  item: Item,
  resolver: { resolve(target: string, fromPath: string): string | null },
  notes: ReadonlyMap<string, { readonly item: Item | null }>,
  dangling: { record(problem: Problem, target: string): void },
  lines: Readonly<Record<string, number>> | undefined,
): Problem[] {
  let out: Problem[] | null = null;
  for (const link of item.links) {
    const to = resolver.resolve(link.target, item.path);
    let message: string;
    let severity: Severity = 'error';
    if (to === null) message = `"[[${link.target}]]" does not match any note`;
    else {
      const expected = expectedTargetKind(item.kind, fieldBase(link.field));
      const target = notes.get(to)?.item;
      if (expected === undefined || target?.kind === expected) continue;
      const actual = target ? withArticle(target.kind) : 'a plain note';
      message = `"[[${link.target}]]" is ${actual}, not ${withArticle(expected)}`;
      severity = 'warning';
    }
    // One object per problem, its line (when known) included from the start.
    const line = lines?.[link.field] ?? lines?.[fieldBase(link.field)];
    const p: Problem =
      line === undefined
        ? problem(item.path, link.field, message, severity)
        : { path: item.path, field: link.field, message, severity, line };
    if (to === null) dangling.record(p, link.target);
    (out ??= []).push(p);
  }
  return out ?? NO_PROBLEMS;
}

function withArticle(kind: string): string {
  return (/^[aeiou]/i.test(kind) ? 'an ' : 'a ') + kind;
}
