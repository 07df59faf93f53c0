import type { DependencyEdge } from './dependencyEdges';

/**
 * A chain of relations as a sentence: `NAS nightly to B2 covers Home Assistant, which runs on nas`;
 * a plain link names its field (`Backblaze B2 links to NAS nightly to B2 through service`).
 * @example chainText([{ dependent: 'a.md', dependency: 'nas.md', relation: 'runs on' }], titleOf) // 'A runs on nas'
 */
export function chainText(chain: readonly DependencyEdge[], titleOf: (path: string) => string): string {
  return chain
    .map(
      (e, i) =>
        `${i === 0 ? `${titleOf(e.dependent)} ` : ''}${e.relation} ${titleOf(e.dependency)}${e.field ? ` through ${e.field}` : ''}`,
    )
    .join(', which ');
}
