import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { CliError } from '../CliError';
import { errnoCode } from '../errnoCode';
import { nativeGitText } from './nativeGit';

/** The line that marks a hook as written by `vault-stack hook install` (and so safe to replace). */
export const HOOK_MARKER = '# vault-stack pre-commit hook: written by `vault-stack hook install`';

/** Single-quotes a word for sh. */
function shellQuote(word: string): string {
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

/** The hook script: runs `vault-stack hook run` on the vault with the node and CLI that installed it. */
export function preCommitScript(node: string, cli: string, vaultFromTop: string, strict: boolean): string {
  return [
    '#!/bin/sh',
    HOOK_MARKER,
    '# It checks the staged notes of the vault and blocks the commit when one has an error.',
    '# Run `vault-stack hook install` again to update it; delete this file to stop it.',
    `exec ${[node, cli, 'hook', 'run', vaultFromTop, ...(strict ? ['--strict'] : [])].map(shellQuote).join(' ')}`,
    '',
  ].join('\n');
}

/** What `installPreCommitHook` did. */
export interface HookInstall {
  path: string;
  replaced: boolean;
}

/**
 * Writes the pre-commit hook of the repository holding `vault` (where git looks for hooks,
 * `core.hooksPath` included). A hook that exists but was not written by us is never replaced:
 * that is an error with the fix in words.
 */
export function installPreCommitHook(
  vault: string,
  cli: { node: string; script: string },
  strict: boolean,
): HookInstall {
  const top = nativeGitText(vault, ['rev-parse', '--show-toplevel']);
  const hooksDir = nativeGitText(vault, ['rev-parse', '--git-path', 'hooks']);
  const dir = isAbsolute(hooksDir) ? hooksDir : resolve(vault, hooksDir);
  const path = join(dir, 'pre-commit');
  const existing = existsSync(path) ? readFileSync(path, 'utf8') : null;
  if (existing !== null && !existing.includes(HOOK_MARKER)) {
    throw new CliError(
      'IO',
      `${path} exists and was not written by vault-stack; left as it is`,
      `add \`vault-stack hook run ${vaultArg(top, vault)}\` to it yourself, or move it away and run \`vault-stack hook install\` again`,
    );
  }
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(path, preCommitScript(cli.node, cli.script, vaultArg(top, vault), strict), { mode: 0o755 });
  } catch (error) {
    throw new CliError('IO', `cannot write ${path} (${errnoCode(error)})`);
  }
  return { path, replaced: existing !== null };
}

/** The vault as the hook names it: relative to the repository's top folder, where git runs hooks. */
function vaultArg(top: string, vault: string): string {
  const rel = relative(top, resolve(vault)).split('\\').join('/');
  return rel === '' ? '.' : rel;
}
