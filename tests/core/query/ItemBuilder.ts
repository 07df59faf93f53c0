import type { Item, ItemData, LinkRef } from '../../../src/core/model/Item';

const GROUPS: Record<string, string> = {
  bookmark: 'knowledge',
  habit: 'workflow',
  task: 'workflow',
  service: 'infra',
  backup: 'infra',
  secret: 'infra',
  domain: 'infra',
  device: 'infra',
};

/** Builds test items the way the parser would shape them: frontmatter as written, links from `[[…]]` values. */
export class ItemBuilder {
  private path = 'Notes/Item.md';
  private kind = 'task';
  private group: string | null = null;
  private title: string | null = null;
  private tags: string[] = [];
  private frontmatter: Record<string, unknown> = {};
  private data: ItemData | null = null;

  /** Sets the kind (and its builtin group unless `group` is given). */
  ofKind(kind: string, group?: string): this {
    this.kind = kind;
    if (group !== undefined) this.group = group;
    return this;
  }
  at(path: string): this {
    this.path = path;
    return this;
  }
  titled(title: string): this {
    this.title = title;
    return this;
  }
  tagged(...tags: string[]): this {
    this.tags = tags;
    return this;
  }
  /** Sets one frontmatter field as written in the note. */
  with(field: string, value: unknown): this {
    this.frontmatter[field] = value;
    return this;
  }
  /** Sets the parsed data (for testing the parsed defaults a query falls back to). */
  withData(data: ItemData): this {
    this.data = data;
    return this;
  }
  build(): Item {
    const links: LinkRef[] = [];
    for (const [field, value] of Object.entries(this.frontmatter)) {
      for (const v of Array.isArray(value) ? value : [value]) {
        const m = typeof v === 'string' ? /^\[\[([^\]|#]+)/.exec(v) : null;
        if (m) links.push({ field, target: m[1] });
      }
    }
    const basename = this.path.slice(this.path.lastIndexOf('/') + 1).replace(/\.md$/, '');
    return {
      path: this.path,
      kind: this.kind,
      group: this.group ?? GROUPS[this.kind] ?? 'user',
      title: this.title ?? basename,
      tags: this.tags,
      ...(typeof this.frontmatter.created === 'string' ? { created: this.frontmatter.created } : {}),
      links,
      data: this.data ?? { type: 'custom', values: {} },
      frontmatter: { stack: this.kind, ...this.frontmatter, ...(this.tags.length > 0 ? { tags: this.tags } : {}) },
    };
  }
}

/** A fresh item builder (a task at Notes/Item.md unless told otherwise). */
export function anItem(): ItemBuilder {
  return new ItemBuilder();
}
