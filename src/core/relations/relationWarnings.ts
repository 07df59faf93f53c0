import type { ItemIndex } from '../index/ItemIndex';
import { isKind } from '../model/Item';
import { problem, type Problem } from '../model/Problem';
import { dependencyEdges } from './dependencyEdges';
import { duplicateUrlWarnings } from './duplicateUrls';

/** The relation checks `check` and the Problems section run, each switchable off in settings. */
export const RELATION_CHECKS = [
  'service-without-backup',
  'unused-secret',
  'device-without-bootstrap',
  'backup-covers-nothing',
  'duplicate-url',
] as const;

/** One relation check. */
export type RelationCheck = (typeof RELATION_CHECKS)[number];

/** Which relation checks run. */
export type RelationChecks = Record<RelationCheck, boolean>;

/** Every relation check on: the default. */
export const ALL_RELATION_CHECKS: RelationChecks = {
  'service-without-backup': true,
  'unused-secret': true,
  'device-without-bootstrap': true,
  'backup-covers-nothing': true,
  'duplicate-url': true,
};

/**
 * Warnings about the stack as a whole, each with the fix in words: a service no backup covers,
 * a secret nothing uses, a device that hosts services but has no `bootstrap` steps, a backup that
 * covers nothing, two bookmarks of the same page ({@link duplicateUrlWarnings}). Only the checks
 * switched on run. Sorted by path.
 * @example relationWarnings(index, ALL_RELATION_CHECKS)[0]?.message
 */
export function relationWarnings(index: ItemIndex, checks: RelationChecks): Problem[] {
  if (!RELATION_CHECKS.some((c) => checks[c])) return [];
  const edges = dependencyEdges(index);
  const covered = new Set(edges.filter((e) => e.relation === 'covers').map((e) => e.dependency));
  const covering = new Set(edges.filter((e) => e.relation === 'covers').map((e) => e.dependent));
  const needed = new Set(edges.map((e) => e.dependency));
  const hosting = new Map<string, number>();
  for (const e of edges) if (e.relation === 'runs on') hosting.set(e.dependency, (hosting.get(e.dependency) ?? 0) + 1);
  const out: Problem[] = [];
  for (const item of index.items()) {
    if (
      checks['service-without-backup'] &&
      isKind(item, 'service') &&
      item.data.backup === undefined &&
      !covered.has(item.path)
    ) {
      out.push(
        problem(
          item.path,
          'backup',
          'no backup covers this service; link one with `backup: "[[job]]"` or list the service in a backup\'s `covers`',
          'warning',
        ),
      );
    }
    if (checks['unused-secret'] && isKind(item, 'secret') && !needed.has(item.path)) {
      out.push(
        problem(
          item.path,
          'used-by',
          "nothing uses this secret; list its users in `used-by` or the secret in a service's `secrets` (or delete the note if the secret is retired)",
          'warning',
        ),
      );
    }
    const hosted = hosting.get(item.path) ?? 0;
    if (
      checks['device-without-bootstrap'] &&
      isKind(item, 'device') &&
      hosted > 0 &&
      item.data.bootstrap.length === 0
    ) {
      out.push(
        problem(
          item.path,
          'bootstrap',
          `${hosted} service${hosted === 1 ? ' runs' : 's run'} here but the device has no \`bootstrap\` steps; list how to set it up again under \`bootstrap:\``,
          'warning',
        ),
      );
    }
    if (
      checks['backup-covers-nothing'] &&
      isKind(item, 'backup') &&
      item.data.covers.length === 0 &&
      !covering.has(item.path)
    ) {
      out.push(
        problem(
          item.path,
          'covers',
          "this backup covers nothing; list what it backs up in `covers` (or link it from a service's `backup`)",
          'warning',
        ),
      );
    }
  }
  if (checks['duplicate-url']) return [...out, ...duplicateUrlWarnings(index)].sort((a, b) => compare(a.path, b.path));
  return out;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
