import { Notice } from 'obsidian';
import type { PullResult } from '../../git/remote/pull';
import type { PushResult } from '../../git/remote/push';
import { reportFailure } from '../reportFailure';
import { NOT_VERSIONED } from './failureText';
import { ListModal } from './ListModal';
import { remoteCallFor } from './remoteCallFor';
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
    result = await v.repo.pull(remoteCallFor(v.app, v.settings().git));
  } catch (error) {
    reportFailure('Pull failed, nothing was changed', error);
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
    const result = await v.repo.push(remoteCallFor(v.app, v.settings().git));
    new Notice(
      result.status === 'pushed' ? `Pushed ${result.branch} to the remote.` : `Push rejected: ${result.message}`,
    );
    return result;
  } catch (error) {
    reportFailure('Push failed', error);
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
      new Notice(
        `Pull stopped: ${notes(result.conflicts.length)} changed both here and on the remote. Nothing was changed.`,
      );
      new ListModal(
        v.app,
        'Pull stopped: conflicting notes',
        result.conflicts.map((path) => ({ text: path })),
        'These notes changed both in this vault and on the remote. Nothing was changed here; your commits and the remote commits are both kept. To resolve: run `git pull` in the vault folder, fix the conflict markers in these notes, commit, then push.',
      ).open();
      return;
    case 'uncommitted-changes':
      new Notice(
        `Pull stopped: ${notes(result.paths.length)} have uncommitted changes the remote also changed. Commit first.`,
      );
      return;
    case 'unrelated-histories':
      new Notice('Pull stopped: the remote and this vault share no history. Nothing was changed.');
      return;
  }
}
