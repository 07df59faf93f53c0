import { readBlobBytes } from './objectReader';
import type { HistoryEntry } from './history';
import { pathHistory } from './history';
import { frontmatterOf } from './frontmatterOf';
import type { RepoContext } from './RepoContext';

/** One change of a frontmatter field: `from`/`to` are `undefined` when the field was absent. */
export interface FieldChange {
  commit: string;
  date: string;
  author: { name: string; email: string };
  message: string;
  from: unknown;
  to: unknown;
}

/**
 * When and how a frontmatter field of a note changed ("when did this service's port change?"),
 * newest first: walks the commits that touched the file (across renames) and compares the
 * field's value in each version, parsed with `yaml`.
 */
export async function fieldHistory(ctx: RepoContext, path: string, field: string): Promise<FieldChange[]> {
  const versions = (await pathHistory(ctx, path)).reverse();
  const changes: FieldChange[] = [];
  let previous: unknown = undefined;
  for (const version of versions) {
    if (version.blob === null) continue;
    const frontmatter = frontmatterOf(await readBlobText(ctx, version.blob));
    if (frontmatter === null) continue;
    const value = frontmatter[field];
    if (!sameValue(previous, value)) changes.push(toChange(version, previous, value));
    previous = value;
  }
  return changes.reverse();
}

/** Reads a blob as UTF-8 text. */
export async function readBlobText(ctx: RepoContext, oid: string): Promise<string> {
  return new TextDecoder().decode(await readBlobBytes(ctx, oid));
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function toChange(version: HistoryEntry, from: unknown, to: unknown): FieldChange {
  return { commit: version.commit, date: version.date, author: version.author, message: version.message, from, to };
}
