import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CliError } from '../CliError';
import type { CliRepo } from './CliRepo';

/**
 * The vault-relative path of the note a user named: a path (with or without `.md`) that exists
 * or that history knows, else a file whose name matches (case-insensitive). Ambiguous or unknown
 * names are usage errors.
 */
export async function resolveNotePath(cli: CliRepo, name: string): Promise<string> {
  const asPath = name.replace(/\\/g, '/').replace(/^\.\//, '');
  for (const candidate of [asPath, `${asPath}.md`]) {
    if (existsSync(join(cli.dir, candidate))) return candidate;
  }
  if (asPath.includes('/')) {
    for (const candidate of [asPath, `${asPath}.md`])
      if ((await cli.repo.history(candidate, { limit: 1 })).length > 0) return candidate;
  }
  const wanted = asPath.toLowerCase().replace(/\.md$/, '');
  const { paths } = await cli.repo.listFiles();
  const matches = paths.filter((p) => {
    const base = p.slice(p.lastIndexOf('/') + 1).toLowerCase();
    return base === `${wanted}.md` || base === wanted;
  });
  if (matches.length === 1) return matches[0];
  if (matches.length > 1)
    throw new CliError(
      'USAGE',
      `"${name}" names ${matches.length} notes: ${matches.join(', ')}`,
      'give the path relative to the vault',
    );
  throw new CliError('USAGE', `no note called "${name}" in ${cli.dir}`);
}
