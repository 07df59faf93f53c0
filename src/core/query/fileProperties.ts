import { itemNote, type Item } from '../model/Item';
import { isLink, linkTargetsMatch, linkValue, type Value } from './Value';

function basenameOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

function folderOf(path: string): string {
  return path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '/';
}

/** A link to an item's own note (what a bare `file` or `this` stands for in Bases). */
export function linkToItem(item: Item): Value {
  return { type: 'link', target: itemNote(item).replace(/\.md$/i, '') };
}

/** `file.*` properties available on items, read from the item's note (an inline task's is the note holding it), tags and links. */
export const FILE_PROPERTIES: Readonly<Record<string, (item: Item) => Value>> = {
  name: (item) => basenameOf(itemNote(item)),
  basename: (item) => basenameOf(itemNote(item)).replace(/\.[^.]*$/, ''),
  path: (item) => itemNote(item),
  folder: (item) => folderOf(itemNote(item)),
  ext: (item) => {
    const name = basenameOf(itemNote(item));
    return name.includes('.') ? name.slice(name.lastIndexOf('.') + 1) : '';
  },
  tags: (item) => item.tags.map(normaliseTag),
  links: (item) => item.links.map((l) => linkValue(l.target)),
  properties: (item) => ({ type: 'object', entries: item.frontmatter }),
};

/** `file.*` properties Bases has and stack blocks do not, with the reason shown to the user. */
export const FILE_UNAVAILABLE: Readonly<Record<string, string>> = {
  ctime: 'file.ctime is not available in stack blocks (items carry no file times); use the "created" property',
  mtime: 'file.mtime is not available in stack blocks (items carry no file times)',
  size: 'file.size is not available in stack blocks (items carry no file sizes)',
  backlinks: 'file.backlinks is not available in stack blocks (a block sees items, not the link graph)',
  embeds: 'file.embeds is not available in stack blocks (items carry only frontmatter links)',
  file: 'file.file is not available in stack blocks',
};

function normaliseTag(tag: string): string {
  return tag.replace(/^#/, '');
}

function tagMatches(tags: readonly string[], wanted: string): boolean {
  const w = normaliseTag(wanted).toLowerCase();
  return tags.some((t) => {
    const tag = normaliseTag(t).toLowerCase();
    return tag === w || tag.startsWith(w + '/');
  });
}

/** `file.*` methods: name → arity and implementation over already-evaluated arguments. */
export const FILE_METHODS: Readonly<
  Record<string, { min: number; max: number; call: (item: Item, args: Value[]) => Value }>
> = {
  hasTag: {
    min: 1,
    max: Infinity,
    call: (item, args) => args.some((a) => typeof a === 'string' && tagMatches(item.tags, a)),
  },
  inFolder: {
    min: 1,
    max: 1,
    call: (item, [folder]) => {
      if (typeof folder !== 'string') return false;
      const f = folder.replace(/^\/+|\/+$/g, '');
      return f === '' || itemNote(item).startsWith(f + '/');
    },
  },
  hasLink: {
    min: 1,
    max: 1,
    call: (item, [target]) => {
      if (!isLink(target) && typeof target !== 'string') return false;
      const wanted = isLink(target) ? target.target : linkValue(target).target;
      return item.links.some((l) => linkTargetsMatch(l.target, wanted));
    },
  },
  hasProperty: {
    min: 1,
    max: 1,
    call: (item, [name]) => typeof name === 'string' && Object.prototype.hasOwnProperty.call(item.frontmatter, name),
  },
};
