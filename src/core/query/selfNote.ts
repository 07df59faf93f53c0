import type { Item, LinkRef } from '../model/Item';

/** What a host knows about the note showing a block. */
export interface SelfNoteOptions {
  path: string;
  frontmatter?: Readonly<Record<string, unknown>>;
  tags?: string[];
  links?: LinkRef[];
}

/**
 * The note showing a block as `QueryContext.self`, for a note that is not an item (a dashboard
 * page): `this.file.name`, `this.related`, `file.hasLink(this)` then read it.
 * @example selfNote({ path: 'Home.md', frontmatter: { related: ['[[NAS]]'] } })
 */
export function selfNote(options: SelfNoteOptions): Item {
  const basename = options.path.slice(options.path.lastIndexOf('/') + 1).replace(/\.md$/i, '');
  return {
    path: options.path,
    kind: '',
    group: '',
    title: basename,
    tags: options.tags ?? [],
    links: options.links ?? [],
    data: { type: 'custom', values: {} },
    frontmatter: options.frontmatter ?? {},
  };
}
