import type { ItemIndex } from '../index/ItemIndex';
import { compareStrings } from '../index/linkPath';
import { isKind, type Item } from '../model/Item';
import { noteLink } from '../overview/markdownText';
import { dependencyEdges } from '../relations/dependencyEdges';

/** The region name of a bootstrap checklist in its note. */
export const BOOTSTRAP_REGION = 'bootstrap';

/** Where a device's checklist is written: beside the device note, `<device> bootstrap.md`. */
export function bootstrapNotePath(devicePath: string): string {
  return `${devicePath.replace(/\.md$/i, '')} bootstrap.md`;
}

/** Inline code that survives backticks in the text. */
function code(text: string): string {
  const flat = text.replace(/[\r\n]+/g, ' ');
  const fence = flat.includes('`') ? '``' : '`';
  return `${fence}${fence === '``' ? ` ${flat} ` : flat}${fence}`;
}

/** One line of prose from a note value. */
function flat(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').trim();
}

/**
 * Everything needed to rebuild one device, in order, as task checkboxes: the device's own
 * `bootstrap` steps and the backups covering it, then each service it hosts with its deploy
 * method and source, the secrets it needs (store and reference, never a value), the backups to
 * restore it from (tool and repository, and the secrets those need), and the domains to repoint.
 * Null when the path is not a device.
 * @example bootstrapChecklist(index, 'Infra/Devices/nas.md')?.includes('- [ ] Install Debian')
 */
export function bootstrapChecklist(index: ItemIndex, devicePath: string): string | null {
  const device = index.get(devicePath);
  if (!device || !isKind(device, 'device')) return null;
  const edges = dependencyEdges(index);
  const link = (item: Item): string => noteLink(item.path, item.title, false);
  const related = (path: string, relation: string, side: 'dependent' | 'dependency', kind: string): Item[] =>
    edges
      .filter((e) => e.relation === relation && (side === 'dependent' ? e.dependency : e.dependent) === path)
      .map((e) => index.get(side === 'dependent' ? e.dependent : e.dependency))
      .filter((i): i is Item => i !== undefined && i.kind === kind)
      .sort((a, b) => compareStrings(a.title, b.title) || compareStrings(a.path, b.path));
  const restore = (backup: Item, what: Item, secrets: Item[]): string[] => {
    const data = isKind(backup, 'backup') ? backup.data : undefined;
    const where = data ? ` with ${data.tool}${data.repository ? ` from ${code(data.repository)}` : ''}` : '';
    const unlock = secrets.map((s) => ` (unlock with ${link(s)}${secretWhere(s)})`).join('');
    return [`- [ ] Restore ${flat(what.title)} from ${link(backup)}${where}${unlock}`];
  };
  const restoreLines = (what: Item): string[] =>
    related(what.path, 'covers', 'dependent', 'backup').flatMap((b) =>
      restore(b, what, related(b.path, 'uses', 'dependency', 'secret')),
    );
  const d = device.data;
  const about = [d.os, d.role]
    .filter((v): v is string => v !== undefined)
    .map(flat)
    .join(', ');
  const lines = [
    `Rebuild ${link(device)}${about ? ` (${about})` : ''} in this order; tick each step as you go.`,
    '',
    '## The device',
    '',
  ];
  if (d.bootstrap.length === 0)
    lines.push(`No \`bootstrap\` steps in the device note yet: list them there and regenerate.`);
  lines.push(...d.bootstrap.map((step) => `- [ ] ${flat(step)}`), ...restoreLines(device));
  const services = related(device.path, 'runs on', 'dependent', 'service');
  for (const service of services) {
    const s = isKind(service, 'service') ? service.data : undefined;
    const deploy = s?.deploy ? ` with ${s.deploy}` : '';
    const source = s?.source ? ` from ${code(s.source)}` : ' (no `source` recorded)';
    lines.push('', `## ${flat(service.title)}`, '', `- [ ] Deploy ${link(service)}${deploy}${source}`);
    for (const secret of related(service.path, 'uses', 'dependency', 'secret'))
      lines.push(`- [ ] Provide ${link(secret)} to ${flat(service.title)}${secretWhere(secret)}`);
    const restores = restoreLines(service);
    lines.push(...(restores.length > 0 ? restores : [`No backup covers ${flat(service.title)}: nothing to restore.`]));
    for (const domain of related(service.path, 'points at', 'dependent', 'domain'))
      lines.push(`- [ ] Repoint ${link(domain)}${domainWhere(domain)} to ${flat(service.title)}`);
  }
  if (services.length === 0) lines.push('', 'No service names this device as its `host`.');
  return lines.join('\n');
}

/** `: pass `ref`` — where a secret lives, never its value. */
function secretWhere(secret: Item): string {
  return isKind(secret, 'secret') ? `: ${secret.data.store} ${code(secret.data.ref)}` : '';
}

/** ` at the DNS host` when the domain says where its DNS is. */
function domainWhere(domain: Item): string {
  return isKind(domain, 'domain') && domain.data.dns ? ` (DNS at ${flat(domain.data.dns)})` : '';
}
