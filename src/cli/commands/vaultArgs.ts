import { loadVault, type LoadedVault } from '../vault/loadVault';
import type { CommandContext } from './Command';

/** Opens the vault named by `vault` (default: the command's first positional, else the working folder) with its cache options. */
export function openVault(ctx: CommandContext, vault: string = ctx.args.positionals[0] ?? '.'): LoadedVault {
  const flags = ctx.args.flags;
  const cache = flags['no-cache'] === true ? false : typeof flags['cache-dir'] === 'string' ? flags['cache-dir'] : true;
  return loadVault(ctx.io, { vault, cache, toolVersion: ctx.version });
}

/** `1 note`, `2 notes`, `3 entries` (with `many` given). */
export function plural(n: number, word: string, many = `${word}s`): string {
  // Below 1,000 a whole count reads the same without the locale formatter, whose first use costs ms.
  const count = Number.isInteger(n) && n >= 0 && n < 1000 ? String(n) : n.toLocaleString('en-US');
  return `${count} ${n === 1 ? word : many}`;
}
