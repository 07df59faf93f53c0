import type { AttentionEntry } from '../attention/AttentionEntry';
import type { ItemIndex } from '../index/ItemIndex';
import { compareStrings } from '../index/linkPath';
import { BUILTIN_KINDS, type BuiltinKind, type Item } from '../model/Item';
import { cellText, markdownTable, noteLink } from './markdownText';

/** The frontmatter fields each builtin kind shows in the overview, after its title. */
const KEY_FIELDS: Record<BuiltinKind, readonly string[]> = {
  bookmark: ['status', 'url'],
  habit: ['goal', 'started'],
  task: ['status', 'due', 'priority'],
  service: ['host', 'deploy', 'url'],
  backup: ['tool', 'repository', 'every', 'last-run', 'last-result'],
  secret: ['store', 'ref', 'rotated'],
  domain: ['name', 'registrar', 'expires'],
  device: ['os', 'role'],
  kind: ['name', 'group'],
};

/** How many fields of a user kind the overview shows. */
const USER_KIND_FIELDS = 4;

/** How many rows one kind's table holds; the rest are counted under it. */
export const OVERVIEW_ROW_LIMIT = 100;

/** Builtin kinds in their display order, then user kinds by name. */
function kindOrder(a: string, b: string): number {
  const ia = BUILTIN_KINDS.indexOf(a as BuiltinKind);
  const ib = BUILTIN_KINDS.indexOf(b as BuiltinKind);
  return (ia < 0 ? BUILTIN_KINDS.length : ia) - (ib < 0 ? BUILTIN_KINDS.length : ib) || compareStrings(a, b);
}

function keyFields(index: ItemIndex, kind: string): readonly string[] {
  if ((BUILTIN_KINDS as readonly string[]).includes(kind)) return KEY_FIELDS[kind as BuiltinKind];
  return Object.keys(index.userKinds().get(kind)?.data.fields ?? {}).slice(0, USER_KIND_FIELDS);
}

/**
 * One `## group` heading per group (builtin groups first) and under it one `### kind` table per
 * kind: the item as a link, its key fields, and its state (the most pressing attention reason, or
 * `ok`). Kind declarations are left out; they are listed by name in the summary.
 */
export function kindTables(index: ItemIndex, stateOf: ReadonlyMap<string, AttentionEntry>): string[] {
  const byGroup = new Map<string, Map<string, Item[]>>();
  for (const item of index.items()) {
    if (item.kind === 'kind') continue;
    const kinds = byGroup.get(item.group) ?? new Map<string, Item[]>();
    kinds.set(item.kind, [...(kinds.get(item.kind) ?? []), item]);
    byGroup.set(item.group, kinds);
  }
  const builtinGroups = ['infra', 'workflow', 'knowledge'];
  const groups = [...byGroup.keys()].sort(
    (a, b) => (builtinGroups.indexOf(a) + 1 || 99) - (builtinGroups.indexOf(b) + 1 || 99) || compareStrings(a, b),
  );
  const out: string[] = [];
  for (const group of groups) {
    const kinds = byGroup.get(group) ?? new Map<string, Item[]>();
    const total = [...kinds.values()].reduce((n, list) => n + list.length, 0);
    out.push('', `## ${group} (${total})`);
    for (const kind of [...kinds.keys()].sort(kindOrder))
      out.push('', ...kindTable(kind, kinds.get(kind) ?? [], keyFields(index, kind), stateOf));
  }
  return out;
}

function kindTable(
  kind: string,
  items: readonly Item[],
  fields: readonly string[],
  stateOf: ReadonlyMap<string, AttentionEntry>,
): string[] {
  const rows = items
    .slice(0, OVERVIEW_ROW_LIMIT)
    .map((item) => [
      noteLink(item.path, item.title, true),
      ...fields.map((f) => cellText(item.frontmatter[f])),
      cellText(stateText(stateOf.get(item.path))),
    ]);
  const more = items.length - rows.length;
  return [
    `### ${kind} (${items.length})`,
    '',
    ...markdownTable([kind, ...fields, 'state'], rows),
    ...(more > 0 ? ['', `…and ${more} more.`] : []),
  ];
}

/** An item's state for the table: `⚠ reason` for a warning or worse, the reason for information, `ok` otherwise. */
function stateText(entry: AttentionEntry | undefined): string {
  if (!entry) return 'ok';
  return entry.severity === 'info' ? entry.reason : `${entry.severity}: ${entry.reason}`;
}
