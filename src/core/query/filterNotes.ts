import { COMMON_FIELDS } from '../kinds/KindSpec';
import { isBuiltinKind, KIND_SPECS } from '../kinds/registry';
import { suggestField } from '../kinds/typos';
import type { Item } from '../model/Item';
import type { EvalEnv } from './Compiled';
import type { FilterRefs } from './filterRefs';
import { FUNCTIONS } from './functions';
import { lookup } from './lookup';
import { readNoteProperty } from './properties';

/**
 * Notes on filters that would silently match nothing: a property no item of the block has (a
 * typo such as `stauts`, with a "did you mean"; `today` without `()` is read as a property), and
 * a `file.inFolder` folder no item is in that differs only in case from one that has items.
 * `items` are the block's items after `kind`/`group`, `all` every item. Says nothing when `items` is empty.
 * @example filterNotes({ properties: ['stauts'], folders: [] }, tasks, tasks, env) // ['filters read "stauts", which no item here has; did you mean "status"?']
 */
export function filterNotes(refs: FilterRefs, items: readonly Item[], all: readonly Item[], env: EvalEnv): string[] {
  if (items.length === 0) return [];
  const notes: string[] = [];
  const declared = declaredFields(items);
  for (const name of refs.properties) {
    if (declared.has(name) || items.some((item) => hasProperty(item, name, env))) continue;
    notes.push(missingProperty(name, items, declared));
  }
  for (const written of refs.folders) {
    const folder = written.replace(/^\/+|\/+$/g, '');
    if (folder === '' || all.some((item) => item.path.startsWith(folder + '/'))) continue;
    const lower = folder.toLowerCase() + '/';
    const match = all.find((item) => item.path.toLowerCase().startsWith(lower));
    if (match)
      notes.push(
        `file.inFolder("${written}") matches no item: folder names are case-sensitive; did you mean "${match.path.slice(0, folder.length)}"?`,
      );
  }
  return notes;
}

function hasProperty(item: Item, name: string, env: EvalEnv): boolean {
  return (
    lookup(item.frontmatter, name) !== undefined ||
    env.derived(item, name) !== undefined ||
    readNoteProperty(item, name) !== null
  );
}

/** The fields the items' builtin kinds declare (and the common ones): known even when no item sets them yet. */
function declaredFields(items: readonly Item[]): Set<string> {
  const out = new Set(Object.keys(COMMON_FIELDS));
  for (const kind of new Set(items.map((i) => i.kind)))
    if (isBuiltinKind(kind)) for (const f of Object.keys(KIND_SPECS[kind].fields)) out.add(f);
  return out;
}

function missingProperty(name: string, items: readonly Item[], declared: ReadonlySet<string>): string {
  const lead = `filters read "${name}", which no item here has, so it is empty`;
  if (FUNCTIONS[name]?.max === 0) return `${lead}; for the function write ${name}(), as in ${name}() + "7d"`;
  const known = new Set(declared);
  for (const item of items) for (const key of Object.keys(item.frontmatter)) known.add(key);
  const guess = suggestField(name, [...known]);
  return guess === null ? lead : `${lead}; did you mean "${guess}"?`;
}
