/**
 * Whether a vault path falls under the rules Vault Stack writes to `.gitignore` (trash, workspace
 * files, Obsidian's cache, the plugin's own data.json and state), checked without reading the
 * file so vault events can be filtered as they come. User rules are applied by the commit itself.
 */
export function ignoredByDefault(path: string, configDir: string): boolean {
  if (path === '.git' || path.startsWith('.git/') || path === '.trash' || path.startsWith('.trash/')) return true;
  if (!path.startsWith(`${configDir}/`)) return false;
  const rest = path.slice(configDir.length + 1);
  return (
    /^workspace[^/]*\.json$/.test(rest) ||
    rest === 'cache' ||
    rest.startsWith('cache/') ||
    rest === 'plugins/vault-stack/data.json' ||
    rest.startsWith('plugins/vault-stack/state/')
  );
}
