import type { ItemIndex } from '../index/ItemIndex';
import { chainText } from '../relations/chainText';
import { impact, type ImpactReach } from '../relations/impact';
import type { ImpactRow, ImpactSection } from './DashboardModel';
import { ROW_LIMIT } from './rowLimit';

/**
 * The impact section for the note open in the editor: what depends on its item (services on a
 * device, backups covering a service, …) and what the item needs, each with the chain of
 * relations, nearest first. A note that is not an item (or none) gives a section with `item: null`.
 * @example impactSection(index, 'Infra/Devices/nas.md').dependents[0]?.via // 'Home Assistant runs on nas'
 */
export function impactSection(index: ItemIndex, activePath: string | null): ImpactSection {
  const found = activePath === null ? null : impact(index, activePath);
  if (!found) {
    return {
      id: 'impact',
      heading: 'Impact',
      item: null,
      dependents: [],
      dependencies: [],
      cycles: [],
      totals: { dependents: 0, dependencies: 0 },
    };
  }
  const titleOf = (path: string): string => index.get(path)?.title ?? path;
  const row = (r: ImpactReach): ImpactRow => ({
    path: r.path,
    title: r.title,
    kind: r.kind,
    via: chainText(r.chain, titleOf),
  });
  return {
    id: 'impact',
    heading: `Impact of ${found.title}`,
    item: { path: found.path, title: found.title, kind: found.kind },
    dependents: found.dependents.slice(0, ROW_LIMIT).map(row),
    dependencies: found.dependencies.slice(0, ROW_LIMIT).map(row),
    cycles: found.cycles.map((c) => [...c, c[0]].map(titleOf).join(' → ')),
    totals: { dependents: found.dependents.length, dependencies: found.dependencies.length },
  };
}
