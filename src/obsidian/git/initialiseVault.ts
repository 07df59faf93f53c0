import { Notice } from 'obsidian';
import type { InitResult } from '../../git/initRepository';
import { headCommit } from '../../versioning/headCommit';
import { guardInitialImport } from '../../versioning/guardInitialImport';
import { reportFailure } from '../reportFailure';
import { VAULT_DIR, type VersioningController } from './VersioningController';

/**
 * Makes the vault a repository: writes `.gitignore`, runs the secret guard over every file the
 * first commit will hold, then commits them in batches with progress in a Notice.
 */
export async function initialiseVault(v: VersioningController): Promise<InitResult | { status: 'blocked' } | null> {
  try {
    const head = await headCommit(v.fs, VAULT_DIR);
    if (head !== null) {
      new Notice('This vault is already a Git repository.');
      await v.refreshVersioned();
      return { status: 'exists', head };
    }
    const progress = new Notice('Initialising repository: checking files…', 0);
    try {
      const findings = await guardInitialImport(
        v.repo,
        v.fs,
        VAULT_DIR,
        v.app.vault.configDir,
        v.settings().git.guardAllowlist,
      );
      if (findings.length > 0) {
        v.showFindings(findings, true);
        return { status: 'blocked' };
      }
      const result = await v.repo.init({
        onProgress: ({ done, total }) =>
          progress.setMessage(`Initialising repository: ${done} of ${total} files staged…`),
      });
      v.markAllCommitted();
      await v.refreshVersioned();
      if (result.status === 'created') new Notice(`Repository created: ${result.files} files committed.`);
      return result;
    } finally {
      progress.hide();
    }
  } catch (error) {
    reportFailure('Could not initialise the repository', error);
    return null;
  }
}
