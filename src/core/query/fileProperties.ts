import { itemNote, type Item } from '../model/Item';
import type { EvalEnv } from './Compiled';
import { dateValue, isFile, isLink, linkTargetsMatch, linkValue, type FileValue, type Value } from './Value';

function basenameOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

function folderOf(path: string): string {
  return path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '/';
}

/** A link to an item's own note (what a bare `file` or `this` stands for in Bases); an inline task's is the note holding it. */
export function linkToItem(item: Item): Value {
  return { type: 'link', target: itemNote(item).replace(/\.md$/i, '') };
}

/** An item's note as a file value (`file.file`, `link.asFile()`). */
export function fileOf(item: Item): FileValue {
  return { type: 'file', item };
}

function minutesOf(n: number | undefined): Value {
  return n === undefined || !Number.isFinite(n) ? null : dateValue(Math.floor(n), true);
}

/** `file.*` properties, read from the item's note (an inline task's is the note holding it), tags, links and frontmatter, and what the host knows of its file. */
export const FILE_PROPERTIES: Readonly<Record<string, (item: Item, env: EvalEnv) => Value>> = {
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
  file: (item) => fileOf(item),
  ctime: (item, env) => minutesOf(env.fileInfo(item)?.ctime),
  mtime: (item, env) => minutesOf(env.fileInfo(item)?.mtime),
  size: (item, env) => env.fileInfo(item)?.size ?? null,
  backlinks: (item, env) => (env.fileInfo(item)?.backlinks ?? []).map((p) => linkValue(p.replace(/\.md$/i, ''))),
  embeds: (item, env) => (env.fileInfo(item)?.embeds ?? []).map((t) => linkValue(t)),
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

function targetOf(v: Value): string | null {
  if (isLink(v)) return v.target;
  if (isFile(v)) return v.item.path;
  return typeof v === 'string' ? linkValue(v).target : null;
}

/** A `file.*` method: arity and implementation over already-evaluated arguments. */
export interface FileMethodSpec {
  min: number;
  max: number;
  call: (item: Item, args: Value[], env: EvalEnv) => Value;
}

/** `file.*` methods: name → arity and implementation over already-evaluated arguments. */
export const FILE_METHODS: Readonly<Record<string, FileMethodSpec>> = {
  hasTag: {
    min: 1,
    max: Infinity,
    call: (item, args) => args.flat().some((a) => typeof a === 'string' && tagMatches(item.tags, a)),
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
      const wanted = targetOf(target);
      return wanted !== null && item.links.some((l) => linkTargetsMatch(l.target, wanted));
    },
  },
  hasProperty: {
    min: 1,
    max: 1,
    call: (item, [name]) => typeof name === 'string' && Object.prototype.hasOwnProperty.call(item.frontmatter, name),
  },
  asLink: {
    min: 0,
    max: 1,
    call: (item) => linkToItem(item),
  },
};
