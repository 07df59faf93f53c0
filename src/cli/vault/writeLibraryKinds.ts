import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  KIND_LIBRARY,
  libraryKind,
  libraryKindNote,
  libraryKindPath,
  type LibraryKind,
} from '../../core/library/kindLibrary';
import { CliError } from '../CliError';
import { errnoCode } from '../errnoCode';
import type { CommandContext } from '../commands/Command';
import { openVault } from '../commands/vaultArgs';

/**
 * `--kinds project,site`: writes the declaration notes of those library kinds into `Kinds/`,
 * leaving alone a kind the vault already declares and a note that already exists. An unknown
 * name is a usage error before anything is written. Reports each note on stderr.
 */
export function writeLibraryKinds(ctx: CommandContext, root: string, list: string): void {
  const names = list
    .split(',')
    .map((n) => n.trim().toLowerCase())
    .filter((n) => n !== '');
  const kinds: LibraryKind[] = [];
  for (const name of names) {
    const kind = libraryKind(name);
    if (!kind)
      throw new CliError(
        'USAGE',
        `--kinds: "${name}" is not in the library`,
        `the library has: ${KIND_LIBRARY.map((k) => k.name).join(', ')}`,
      );
    if (!kinds.includes(kind)) kinds.push(kind);
  }
  const declared = openVault(ctx, root).index.userKinds();
  for (const kind of kinds) {
    const path = libraryKindPath(kind);
    const existing = declared.get(kind.name);
    if (existing) {
      ctx.io.stderr(`kind ${kind.name}: already declared in ${existing.path}, left alone\n`);
      continue;
    }
    const file = join(root, path);
    if (existsSync(file)) {
      ctx.io.stderr(`kind ${kind.name}: ${path} exists, left alone\n`);
      continue;
    }
    try {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, libraryKindNote(kind), { flag: 'wx' });
    } catch (error) {
      throw new CliError('IO', `cannot write ${file} (${errnoCode(error)})`);
    }
    ctx.io.stderr(`kind ${kind.name}: wrote ${path}\n`);
  }
}
