import { stringify } from 'yaml';
import type { ItemIndex } from '../index/ItemIndex';
import { checkedUrl, serviceGroups, textField } from './serviceGroups';

/**
 * The vault's services as gethomepage's `services.yaml`: one group per host device (or `group`
 * field), each service a one-key map with `href` (its `url`), `description`, `icon` when given, and
 * `siteMonitor` (its `health` URL, else its `url`; none with `health: false`).
 * @example exportHomepage(index) // '- pi:\n    - Vaultwarden:\n        href: https://vault.example…'
 */
export function exportHomepage(index: ItemIndex): string {
  const groups = serviceGroups(index).map((group) => ({
    [group.name]: group.services.map((service) => {
      const entry: Record<string, string> = {};
      if (service.data.url !== undefined) entry.href = service.data.url;
      const description = textField(service.frontmatter, 'description');
      if (description !== undefined) entry.description = description;
      const icon = textField(service.frontmatter, 'icon');
      if (icon !== undefined) entry.icon = icon;
      const monitor = checkedUrl(service.data);
      if (monitor !== undefined) entry.siteMonitor = monitor;
      return { [service.title]: entry };
    }),
  }));
  return groups.length === 0 ? '[]\n' : stringify(groups, { lineWidth: 0 });
}
