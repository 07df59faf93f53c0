import { declaredKind } from '../core/notes/declaredKind';
import type { MessageChange } from './commitMessage';
import { readBlobText } from './fieldHistory';
import { frontmatterOf } from './frontmatterOf';
import type { ItemSummary } from './itemChangePhrase';
import type { RepoContext } from './RepoContext';
import type { TreeChange } from './treeEdit';

/** Past this many changed paths a message lists files only (no blob reads for item summaries). */
const MAX_SUMMARISED = 50;

/**
 * Turns a commit's path changes into what {@link commitMessage} needs: renames paired up (from the
 * host's rename events, or an identical blob deleted and added) and, for notes, the item each
 * version declares (`stack:` kind as the index reads it, title, frontmatter), read from the blobs themselves.
 */
export async function describeChanges(
  ctx: RepoContext,
  changes: readonly TreeChange[],
  renames: ReadonlyMap<string, string> = new Map(),
): Promise<MessageChange[]> {
  const deleted = new Map(changes.filter((c) => c.status === 'deleted').map((c) => [c.path, c]));
  const paired = new Map<string, TreeChange>();
  for (const change of changes) {
    if (change.status !== 'added') continue;
    const named = renames.get(change.path);
    const source =
      (named !== undefined ? deleted.get(named) : undefined) ??
      [...deleted.values()].find((d) => d.before === change.after);
    if (source && !paired.has(source.path)) paired.set(source.path, change);
  }
  const renamedTo = new Map([...paired].map(([from, to]) => [to.path, from]));
  const summarise = changes.length <= MAX_SUMMARISED;
  const out: MessageChange[] = [];
  const reads: Promise<void>[] = [];
  for (const change of changes) {
    if (paired.has(change.path)) continue;
    const from = renamedTo.get(change.path);
    const beforeOid = from !== undefined ? (deleted.get(from)?.before ?? null) : change.before;
    const message: MessageChange = { path: change.path, status: from !== undefined ? 'renamed' : change.status };
    if (from !== undefined) message.from = from;
    if (summarise) {
      // The blobs are read at once (their fs round trips overlap); the messages keep their order.
      reads.push(
        (async () => {
          message.before = await summaryOf(ctx, from ?? change.path, beforeOid);
          message.after = await summaryOf(ctx, change.path, change.after);
        })(),
      );
    }
    out.push(message);
  }
  await Promise.all(reads);
  return out;
}

/** The item a note version declares, or `null` (not a note, no `stack:`, unreadable frontmatter). */
async function summaryOf(ctx: RepoContext, path: string, oid: string | null): Promise<ItemSummary | null> {
  if (oid === null || !path.endsWith('.md')) return null;
  const fields = frontmatterOf(await readBlobText(ctx, oid));
  const kind = declaredKind(fields);
  if (!fields || kind === undefined) return null;
  const base = path.slice(path.lastIndexOf('/') + 1).replace(/\.md$/, '');
  return { kind, title: typeof fields.title === 'string' ? fields.title : base, fields };
}
