import * as git from 'isomorphic-git';
import { refusal, type Refusal } from '../core/model/Refusal';
import { readBlobText } from './fieldHistory';
import { frontmatterOf } from './frontmatterOf';
import { pathHistory } from './history';
import type { RepoContext } from './RepoContext';

/** A field's value at a commit (`undefined`: the field was absent then), or why it cannot be had (a value, not an error). */
export type FieldValueAt = { ok: true; value: unknown } | { ok: false; refusal: Refusal };

/**
 * The value one frontmatter field had at `commit`, reading the note under its current name or a
 * name it had before a rename. The caller writes it back through its frontmatter writer (in
 * Obsidian, `FrontmatterWriter`), so the edit is atomic and a refusal is reported like any other.
 */
export async function fieldValueAt(
  ctx: RepoContext,
  path: string,
  field: string,
  commit: string,
): Promise<FieldValueAt> {
  const short = commit.slice(0, 7);
  const version = await blobAtCommit(ctx, path, commit);
  if (version === null)
    return { ok: false, refusal: refusal('NOT_AT_COMMIT', `${path} did not exist at commit ${short}`, { field }) };
  const frontmatter = frontmatterOf(await readBlobText(ctx, version));
  if (frontmatter === null)
    return {
      ok: false,
      refusal: refusal('UNREADABLE_AT_COMMIT', `${path} had no readable frontmatter at commit ${short}`, { field }),
    };
  return { ok: true, value: frontmatter[field] };
}

/** The file's blob at `commit`, under its current name or a name it had before a rename. */
async function blobAtCommit(ctx: RepoContext, path: string, commit: string): Promise<string | null> {
  const names = [path, ...(await pathHistory(ctx, path)).flatMap((v) => (v.from === undefined ? [] : [v.from]))];
  for (const name of names) {
    try {
      return (
        await git.readBlob({
          fs: ctx.fs,
          dir: ctx.dir,
          gitdir: ctx.gitdir,
          oid: commit,
          filepath: name,
          cache: ctx.cache,
        })
      ).oid;
    } catch (err) {
      if ((err as { code?: string }).code !== 'NotFoundError') throw err;
    }
  }
  return null;
}
