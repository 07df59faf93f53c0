import { problem, type Problem } from '../model/Problem';

/** A top-level `key: #…` line: the value is a YAML comment, so the key reads as empty. */
const COMMENTED = /^([A-Za-z_][\w-]*)[ \t]*:[ \t]+#/gm;

/**
 * Warnings for top-level fields whose whole value is a YAML comment (`tags: #admin`): YAML reads
 * them as empty, silently. One warning per such field that came out empty; the comment itself is
 * never quoted (it might hold a secret).
 * @example commentedValues('a.md', 'tags: #admin', 2, { tags: null })[0].message // → 'is empty: `#` starts a YAML comment, …'
 */
export function commentedValues(
  path: string,
  yaml: string,
  firstLine: number,
  frontmatter: Readonly<Record<string, unknown>>,
): Problem[] {
  if (!yaml.includes('#')) return [];
  const out: Problem[] = [];
  for (const m of yaml.matchAll(COMMENTED)) {
    const key = m[1];
    if (!Object.prototype.hasOwnProperty.call(frontmatter, key) || frontmatter[key] !== null) continue;
    const p = problem(
      path,
      key,
      'is empty: `#` starts a YAML comment, so the rest of the line is not read; put the value in quotes or drop the `#`',
      'warning',
    );
    p.line = firstLine + yaml.slice(0, m.index).split('\n').length - 1;
    out.push(p);
  }
  return out;
}
