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

const OS_JUNK: readonly string[] = [
  '# OS junk',
  '.DS_Store',
  'Thumbs.db',
  'desktop.ini',
  '._*',
];

/**
 * Writes `.gitignore` at the vault root, or appends the rules it lacks to an existing one.
 * Returns true when the file changed.
 */
export async function ensureGitignore(fs: GitFs, dir: string, configDir: string): Promise<boolean> {
  const lines = gitignoreLines(configDir);
  const path = joinPath(dir, '.gitignore');
  const existing = await readTextOrNull(fs, path);
  if (existing === null) {
    await fs.promises.writeFile(path, lines.join('\n') + '\n', 'utf8');
    return true;
  }
  const have = new Set(existing.split(/\r?\n/).map((l) => l.trim()));
  const missing = lines.filter((l) => !l.startsWith('#') && !have.has(l));
  if (missing.length === 0) return false;
  const sep = existing === '' || existing.endsWith('\n') ? '' : '\n';
  await fs.promises.writeFile(path, `${existing}${sep}# Vault Stack\n${missing.join('\n')}\n`, 'utf8');
  return true;
}
