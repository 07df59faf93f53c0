import { Notice } from 'obsidian';
import { pull, type PullResult } from '../../git/remote/pull';
import { push, type PushResult } from '../../git/remote/push';
import { failureText, NOT_VERSIONED } from './failureText';
import { ListModal } from './ListModal';
import { remoteOptionsFor } from './remoteOptionsFor';
import type { VersioningController } from './VersioningController';

/**
 * Pulls from the remote: commits pending changes first, then fetches and fast-forwards or merges.
 * A conflict changes nothing locally and lists the conflicting notes in a modal.
 */
export async function pullFromRemote(v: VersioningController): Promise<PullResult | null> {
  if (!(await v.refreshVersioned())) {
    new Notice(NOT_VERSIONED);
    return null;
  }
  const committed = await v.commitNow('auto');
  if (committed.status === 'blocked' || committed.status === 'failed') return null;
  let result: PullResult;
  try {
    const options = await remoteOptionsFor(v);
    const git = v.settings().git;
    result = await v.repo.queue.run(() => pull({ ...options, author: { name: git.authorName, email: git.authorEmail } }));
  } catch (error) {
    new Notice(`Pull failed, nothing was changed: ${failureText(error)}`);
    return null;
  }
  showPullResult(v, result);
  await v.refreshVersioned();
  return result;
}

/** Pushes the current branch (commits pending changes first); never forces. */
export async function pushToRemote(v: VersioningController): Promise<PushResult | null> {
  if (!(await v.refreshVersioned())) {
    new Notice(NOT_VERSIONED);
    return null;
  }
  const committed = await v.commitNow('auto');
  if (committed.status === 'blocked' || committed.status === 'failed') return null;
  try {
    const options = await remoteOptionsFor(v);
    const result = await v.repo.queue.run(() => push(options));
    new Notice(result.status === 'pushed' ? `Pushed ${result.branch} to the remote.` : `Push rejected: ${result.message}`);
    return result;
  } catch (error) {
    new Notice(`Push failed: ${failureText(error)}`);
    return null;
  }
}

function showPullResult(v: VersioningController, result: PullResult): void {
  const notes = (n: number): string => `${n} note${n === 1 ? '' : 's'}`;
  switch (result.status) {
    case 'up-to-date':
      new Notice(result.ahead ? 'Already up to date (this vault has commits to push).' : 'Already up to date.');
      return;
    case 'remote-branch-missing':
      new Notice(`The remote has no ${result.branch} branch yet: push first.`);
      return;
    case 'fast-forward':
    case 'merged':
      new Notice(`Pulled: ${notes(result.changed.length)} updated.`);
      return;
    case 'conflict':
      new Notice(`Pull stopped: ${notes(result.conflicts.length)} changed both here and on the remote. Nothing was changed.`);
      new ListModal(
        v.app,
        'Pull stopped: conflicting notes',
        result.conflicts.map((path) => ({ text: path })),
        'These notes changed both in this vault and on the remote. Nothing was changed here; your commits and the remote commits are both kept. Merge them with git, then pull again.',
      ).open();
      return;
    case 'uncommitted-changes':
      new Notice(`Pull stopped: ${notes(result.paths.length)} have uncommitted changes the remote also changed. Commit first.`);
      return;
    case 'unrelated-histories':
      new Notice('Pull stopped: the remote and this vault share no history. Nothing was changed.');
      return;
  }
}
