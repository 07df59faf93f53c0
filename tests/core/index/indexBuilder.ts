import { ItemIndex } from '../../../src/core/index/ItemIndex';
import type { ParseFn } from '../../../src/core/index/types';
import { parseItem } from '../../../src/core/kinds/parseItem';
import { noteReadOf } from '../../../src/core/notes/readNote';

type Frontmatter = Record<string, unknown>;

/** Frontmatter builders for the notes these tests put in an index. */
export const note = {
  task: (extra: Frontmatter = {}): Frontmatter => ({ stack: 'task', ...extra }),
  device: (extra: Frontmatter = {}): Frontmatter => ({ stack: 'device', os: 'debian', ...extra }),
  service: (extra: Frontmatter = {}): Frontmatter => ({ stack: 'service', url: 'https://example.org', ...extra }),
  secret: (extra: Frontmatter = {}): Frontmatter => ({ stack: 'secret', store: 'pass', ref: 'infra/token', ...extra }),
  backup: (extra: Frontmatter = {}): Frontmatter => ({ stack: 'backup', tool: 'restic', every: 'day', ...extra }),
  bookmark: (extra: Frontmatter = {}): Frontmatter => ({
    stack: 'bookmark',
    url: 'https://example.org/post',
    ...extra,
  }),
  kind: (name: string, extra: Frontmatter = {}): Frontmatter => ({
    stack: 'kind',
    name,
    group: 'kitchen',
    fields: { servings: 'number' },
    ...extra,
  }),
  plain: (extra: Frontmatter = {}): Frontmatter => ({ aliases: [], ...extra }),
};

/** The real parser, wrapped to record the path of every call. */
export function countingParse(): { parse: ParseFn; calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    parse: (input, kinds) => {
      calls.push(input.path);
      return parseItem(input, kinds);
    },
  };
}

/** An index holding the given notes, upserted in the given order. */
export function indexWith(notes: Record<string, Frontmatter | null>, parse?: ParseFn): ItemIndex {
  const index = new ItemIndex(parse ? { parse } : {});
  for (const [path, fm] of Object.entries(notes)) index.upsert(path, noteReadOf(fm));
  return index;
}
