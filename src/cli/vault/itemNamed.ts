import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Item } from '../../core/model/Item';
import { CliError } from '../CliError';
import type { LoadedVault } from './loadVault';

/**
 * The item a user named on the command line: a vault-relative path (with or without `.md`) or a
 * note name resolved as an Obsidian link would be. Unknown names and plain notes are usage errors.
 */
export function itemNamed(vault: LoadedVault, name: string, command: string): Item {
  const index = vault.index;
  const asPath = name.replace(/\\/g, '/').replace(/^\.\//, '');
  const onDisk = (p: string): boolean => index.hasNote(p) || (p.endsWith('.md') && existsSync(join(vault.root, p)));
  const path = [asPath, `${asPath}.md`].find(onDisk) ?? index.resolve(asPath.replace(/\.md$/i, ''));
  if (path === null)
    throw new CliError(
      'USAGE',
      `no note called "${name}" in the vault`,
      `give a note name or a path relative to the vault; run \`vault-stack ${command} --help\` for usage`,
    );
  const item = index.get(path);
  if (!item)
    throw new CliError(
      'USAGE',
      `${path} is not an item (its frontmatter has no valid \`stack:\`)`,
      'run `vault-stack check` to see why',
    );
  return item;
}
