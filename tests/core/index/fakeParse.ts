// TEMPORARY stand-in for kinds/parseItem while it is being written.
import type { Item, LinkRef, ParseResult } from '../../../src/core/model/Item';
import type { IndexParseInput, IndexUserKinds } from '../../../src/core/index/types';

const GROUPS: Record<string, string> = { bookmark: 'knowledge', habit: 'workflow', task: 'workflow', service: 'infra', backup: 'infra', secret: 'infra', domain: 'infra', device: 'infra', kind: 'infra' };

export function fakeParse(input: IndexParseInput, userKinds: IndexUserKinds): ParseResult {
  const fm = input.frontmatter;
  if (!fm || fm.stack === undefined) return { item: null, problems: [] };
  const kind = fm.stack as string;
  let group = GROUPS[kind];
  if (!group) {
    const uk = userKinds.get(kind);
    if (!uk) return { item: null, problems: [{ path: input.path, field: 'stack', message: `unknown kind ${kind}`, severity: 'error' }] };
    group = uk.data.group;
  }
  const links: LinkRef[] = [];
  for (const [field, v] of Object.entries(fm)) {
    for (const s of Array.isArray(v) ? v : [v]) {
      if (typeof s === 'string') for (const m of s.matchAll(/\[\[([^\]|#]*)/g)) links.push({ field, target: m[1] });
    }
  }
  const title = typeof fm.title === 'string' ? fm.title : input.path.replace(/^.*\//, '').replace(/\.md$/, '');
  const data = kind === 'kind' ? { type: 'kind', name: String(fm.name), group: (fm.group as string | undefined) ?? "custom", fields: {} } : { type: GROUPS[kind] ? kind : 'custom', values: {} };
  const item = { path: input.path, kind, group, title, tags: Array.isArray(fm.tags) ? fm.tags.map(String) : [], links, data, frontmatter: fm } as unknown as Item;
  return { item, problems: [] };
}
