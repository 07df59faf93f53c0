import type { GitFs } from './GitFs';
import { joinPath, readTextOrNull } from './GitFs';

/**
 * The lines Vault Stack puts in a vault's `.gitignore`: workspace state, trash, plugin runtime
 * state, OS junk. `configDir` is Obsidian's `Vault#configDir` (usually `.obsidian`).
 */
export function gitignoreLines(configDir: string): string[] {
  return [
    '# Vault Stack: Obsidian workspace and cache',
    `${configDir}/workspace*.json`,
    `${configDir}/cache`,
    '.trash/',
    '# Vault Stack: plugin runtime state (not versioned)',
    `${configDir}/plugins/vault-stack/data.json`,
    `${configDir}/plugins/vault-stack/state/`,
    ...OS_JUNK,
  ];
}

const OS_JUNK: readonly string[] = ['# OS junk', '.DS_Store', 'Thumbs.db', 'desktop.ini', '._*'];

/**
 * The `.gitignore` text `init` leaves: `existing` (null when there is none) with the rules it
 * lacks appended, or `null` when it has them all already.
 */
export function plannedGitignore(existing: string | null, configDir: string): string | null {
  const lines = gitignoreLines(configDir);
  if (existing === null) return lines.join('\n') + '\n';
  const have = new Set(existing.split(/\r?\n/).map((l) => l.trim()));
  const missing = lines.filter((l) => !l.startsWith('#') && !have.has(l));
  if (missing.length === 0) return null;
  const sep = existing === '' || existing.endsWith('\n') ? '' : '\n';
  return `${existing}${sep}# Vault Stack\n${missing.join('\n')}\n`;
}

/**
 * Writes `.gitignore` at the vault root, or appends the rules it lacks to an existing one.
 * Returns true when the file changed.
 */
export async function ensureGitignore(fs: GitFs, dir: string, configDir: string): Promise<boolean> {
  const path = joinPath(dir, '.gitignore');
  const text = plannedGitignore(await readTextOrNull(fs, path), configDir);
  if (text === null) return false;
  await fs.promises.writeFile(path, text, 'utf8');
  return true;
}

/**
 * A read-only view of `fs` in which the vault's root `.gitignore` already holds the rules `init`
 * would add, so the files a first commit would take can be listed without writing anything.
 */
export async function withPlannedGitignore(fs: GitFs, dir: string, configDir: string): Promise<GitFs> {
  const path = joinPath(dir, '.gitignore');
  const text = plannedGitignore(await readTextOrNull(fs, path), configDir);
  if (text === null) return fs;
  const bytes = new TextEncoder().encode(text);
  const p = fs.promises;
  const stats = {
    size: bytes.length,
    mtimeMs: 0,
    isFile: () => true,
    isDirectory: () => false,
    isSymbolicLink: () => false,
  };
  return {
    promises: {
      ...p,
      readFile: (file, options) =>
        file === path ? Promise.resolve(isUtf8Option(options) ? text : bytes) : p.readFile(file, options),
      stat: (file) => (file === path ? Promise.resolve(stats) : p.stat(file)),
      lstat: (file) => (file === path ? Promise.resolve(stats) : p.lstat(file)),
    },
  };
}

function isUtf8Option(options: unknown): boolean {
  return (
    options === 'utf8' ||
    options === 'utf-8' ||
    (typeof options === 'object' &&
      options !== null &&
      /^utf-?8$/i.test(String((options as { encoding?: unknown }).encoding)))
  );
}
