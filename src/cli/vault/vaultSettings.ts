import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { resolveSettings, type VaultStackSettings } from '../../settings/settings';
import type { FlagSpec } from '../args';
import { readCappedFile } from '../readCappedFile';

const SETTINGS_FILE = join('plugins', 'vault-stack', 'data.json');
/** Far above any real settings file. */
const MAX_SETTINGS_BYTES = 1024 * 1024;

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

/** `--config-dir DIR`, for commands that read the plugin's settings (sections, date display, horizon). */
export const configDirFlag: Record<string, FlagSpec> = {
  'config-dir': {
    type: 'string',
    placeholder: 'DIR',
    description:
      "the vault's configuration folder holding the plugin's settings (default: the hidden folder that has them)",
  },
};

/** The plugin's settings stored in the vault (in `--config-dir`, else the hidden folder that has them), or the defaults (a broken file counts as none). */
export function vaultSettings(root: string, flags: Readonly<Record<string, string | boolean>>): VaultStackSettings {
  const dir = configDirs(root, typeof flags['config-dir'] === 'string' ? flags['config-dir'] : undefined)[0];
  if (dir === undefined) return resolveSettings(undefined);
  try {
    return resolveSettings(
      JSON.parse(readCappedFile(join(root, dir, SETTINGS_FILE), 'the settings file', MAX_SETTINGS_BYTES)),
    );
  } catch {
    return resolveSettings(undefined);
  }
}
