import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveSettings, type VaultStackSettings } from '../../settings/settings';

const SETTINGS_FILE = join('plugins', 'vault-stack', 'data.json');

/**
 * The configuration folders that hold Vault Stack settings: the one given, else every hidden
 * folder at the vault root that has them (Obsidian lets users rename its folder), by name.
 */
function configDirs(root: string, given: string | undefined): string[] {
  if (given !== undefined) return [given];
  try {
    return readdirSync(root, { withFileTypes: true })
      .filter((e) => e.isDirectory() && e.name.startsWith('.') && existsSync(join(root, e.name, SETTINGS_FILE)))
      .map((e) => e.name)
      .sort();
  } catch {
    return [];
  }
}

/** The plugin's settings stored in the vault, or the defaults (a broken file counts as none). */
export function vaultSettings(root: string, configDir: string | undefined): VaultStackSettings {
  const dir = configDirs(root, configDir)[0];
  if (dir === undefined) return resolveSettings(undefined);
  try {
    return resolveSettings(JSON.parse(readFileSync(join(root, dir, SETTINGS_FILE), 'utf8')));
  } catch {
    return resolveSettings(undefined);
  }
}

