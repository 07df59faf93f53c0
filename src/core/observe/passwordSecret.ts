import type { ItemIndex } from '../index/ItemIndex';
import type { Item, KindData } from '../model/Item';

/** The secret item a backup job's repository password comes from, or why there is none. */
export type PasswordSecret =
  { ok: true; path: string; secret: KindData['secret'] } | { ok: false; reason: string } | { ok: 'none' };

/**
 * The job's password secret: the `secret` item its `password` field links to, else the one secret
 * whose `used-by` names the job. A link to something that is not a secret, or several secrets
 * used by the job and no `password` link to choose between them, is a reason, not a guess.
 */
export function passwordSecret(index: ItemIndex, job: Item): PasswordSecret {
  if (job.data.type !== 'backup') return { ok: 'none' };
  const linked = job.data.password;
  if (linked !== undefined) {
    const path = index.resolve(linked, job.path);
    const target = path === null ? undefined : index.get(path);
    if (target === undefined) return { ok: false, reason: `its password links to "${linked}", which is not an item` };
    if (target.data.type !== 'secret')
      return { ok: false, reason: `its password links to ${target.path}, a ${target.kind}, not a secret` };
    return { ok: true, path: target.path, secret: target.data };
  }
  const users = index
    .items()
    .filter((item) => item.data.type === 'secret')
    .filter((item) =>
      (item.data as KindData['secret']).usedBy.some((link) => index.resolve(link, item.path) === job.path),
    );
  if (users.length === 0) return { ok: 'none' };
  if (users.length > 1)
    return {
      ok: false,
      reason: `${users.length} secrets list it in used-by (${users.map((u) => u.path).join(', ')}); name the repository's in \`password: "[[…]]"\``,
    };
  return { ok: true, path: users[0].path, secret: users[0].data as KindData['secret'] };
}
