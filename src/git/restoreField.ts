import git from 'isomorphic-git';
import { GitLayerError } from './errors';
import { readBlobText } from './fieldHistory';
import { frontmatterOf } from './frontmatterOf';
import { joinPath, readTextOrNull } from './GitFs';
import { pathHistory } from './history';
import type { RepoContext } from './RepoContext';

/** Sets (or, with `undefined`, removes) one frontmatter field in a note's text, keeping the rest. */
export type FieldEditor = (text: string, field: string, value: unknown) => string;

/** The restored text, or why the field cannot be restored from that commit (a value, not an error). */
export type RestoreFieldResult =
  | { status: 'ok'; text: string; value: unknown }
  | { status: 'unavailable'; message: string };

/**
 * The note's current text with one field set back to its value at `commit` (`undefined` when the
 * field was absent then). The caller writes the text; `edit` is the comment-preserving editor.
 */
export async function restoreField(ctx: RepoContext, path: string, field: string, commit: string, edit: FieldEditor): Promise<RestoreFieldResult> {
  const current = await readTextOrNull(ctx.fs, joinPath(ctx.dir, path));
  if (current === null) throw new GitLayerError('NOT_FOUND', `${path} does not exist`, 'GitRepo.restoreField');
  const version = await blobAtCommit(ctx, path, commit);
  if (version === null) return { status: 'unavailable', message: `${path} did not exist at commit ${commit.slice(0, 7)}` };
  const frontmatter = frontmatterOf(await readBlobText(ctx, version));
  if (frontmatter === null) return { status: 'unavailable', message: `${path} had no readable frontmatter at commit ${commit.slice(0, 7)}` };
  const value = frontmatter[field];
  return { status: 'ok', text: edit(current, field, value), value };
}

/** The file's blob at `commit`, under its current name or a name it had before a rename. */
async function blobAtCommit(ctx: RepoContext, path: string, commit: string): Promise<string | null> {
  const names = [path, ...(await pathHistory(ctx, path)).flatMap((v) => (v.from === undefined ? [] : [v.from]))];
  for (const name of names) {
    try {
      return (await git.readBlob({ fs: ctx.fs, dir: ctx.dir, gitdir: ctx.gitdir, oid: commit, filepath: name, cache: ctx.cache })).oid;
    } catch (err) {
      if ((err as { code?: string }).code !== 'NotFoundError') throw err;
    }
  }
  return null;
}
