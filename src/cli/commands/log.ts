import { commitLabel, localDateTime } from '../git/commitLabel';
import { openCliRepo, requireRepository } from '../git/CliRepo';
import { reportGitFailure } from '../git/gitFailure';
import { resolveNotePath } from '../git/resolveNotePath';
import { CliError } from '../CliError';
import type { Command } from './Command';
import { HELP_FLAG } from './commonFlags';

/** `vault-stack log NOTE [--vault DIR] [--field F]`: the commits that changed a note, or each change of one field. */
export const logCommand: Command = {
  name: 'log',
  summary: "a note's history, or one field's changes (--field)",
  details:
    'NOTE is a path relative to the vault or a note name; the vault is the current folder unless --vault DIR names it. Exit codes: 0 ok, 2 usage or I/O error.',
  spec: {
    positionals: ['note'],
    flags: {
      vault: { type: 'string', placeholder: 'DIR', description: 'the vault folder (default: the current folder)' },
      field: {
        type: 'string',
        placeholder: 'F',
        description: 'list the changes of frontmatter field F: date, commit, from → to',
      },
      json: { type: 'boolean', description: 'print JSON instead of text' },
      ...HELP_FLAG,
    },
  },
  async run(ctx) {
    const name = ctx.args.positionals[0];
    if (name === undefined)
      throw new CliError(
        'USAGE',
        'log needs a NOTE: a path relative to the vault or a note name',
        'for example `vault-stack log "Renew passport" --vault ~/vault`',
      );
    const vault = ctx.args.flags.vault;
    const cli = openCliRepo(ctx.io, typeof vault === 'string' ? vault : '.');
    const json = ctx.args.flags.json === true;
    const field = ctx.args.flags.field;
    try {
      await requireRepository(cli);
      const path = await resolveNotePath(cli, name);
      if (typeof field === 'string') {
        const changes = await cli.repo.fieldHistory(path, field);
        if (json) ctx.io.stdout(JSON.stringify({ path, field, changes }, null, 2) + '\n');
        else
          for (const c of changes)
            ctx.io.stdout(
              `${localDateTime(c.date)}  ${c.commit.slice(0, 7)}  ${valueText(c.from)} → ${valueText(c.to)}\n`,
            );
        if (!json && changes.length === 0) ctx.io.stderr(`${path}: no committed value of ${field}\n`);
        return 0;
      }
      const entries = await cli.repo.history(path);
      if (json) ctx.io.stdout(JSON.stringify({ path, commits: entries }, null, 2) + '\n');
      else
        for (const e of entries)
          ctx.io.stdout(`${localDateTime(e.date)}  ${commitLabel(e.commit, e.message)}  (${e.author.name})\n`);
      if (!json && entries.length === 0) ctx.io.stderr(`${path}: not in any commit\n`);
      return 0;
    } catch (error) {
      return reportGitFailure(ctx.io, 'log', error);
    }
  },
};

/** A field value as one line: absent is `(none)`, lists and maps as JSON. */
export function valueText(value: unknown): string {
  if (value === undefined) return '(none)';
  if (typeof value === 'string') return value;
  return JSON.stringify(value) ?? 'null';
}
