import { isAbsolute, join, normalize, resolve } from 'node:path';
import { planCounts, type ImportPlan, type PlannedNote } from '../../core/formats/ImportPlan';
import { CliError } from '../CliError';
import { resolveMoment } from '../clock';
import { didYouMean } from '../didYouMean';
import type { FlagSpec } from '../args';
import { IMPORT_FORMATS } from '../formats/importFormats';
import type { ImportFormat } from '../formats/ImportFormat';
import { readImportState, writeImportState } from '../formats/importState';
import { writeFilesAtomically } from '../formats/writeFiles';
import { readCappedBytes } from '../readCappedFile';
import { oneLine } from '../table';
import type { Command } from './Command';
import { CACHE_FLAGS, CLOCK_FLAGS, HELP_FLAG } from './commonFlags';
import { formatFlagsOf, refuseForeignFlags } from './export';
import { openVault } from './vaultArgs';

/** The largest file an import reads: bigger is refused rather than exhausting memory. */
const MAX_IMPORT_BYTES = 256 * 1024 * 1024;

const formatFlags = (): Record<string, FlagSpec> => formatFlagsOf(IMPORT_FORMATS);

/** The import format called `name`, or a usage error listing the formats. */
export function importFormatNamed(name: string | undefined): ImportFormat {
  const names = IMPORT_FORMATS.map((f) => f.name);
  if (name === undefined)
    throw new CliError('USAGE', 'import needs a format and a file', `formats: ${names.join(', ')}`);
  const format = IMPORT_FORMATS.find((f) => f.name === name);
  if (!format)
    throw new CliError(
      'USAGE',
      `unknown import format "${name}"${didYouMean(name, names)}`,
      `formats: ${names.join(', ')}`,
    );
  return format;
}

/** One line per planned note: `create  Tasks/Pay rent.md`, `update  … (due, status)`, `conflict … due: vault 2026-12-01, incoming 2026-12-03`. */
export function planLines(plan: ImportPlan): string[] {
  const line = (n: PlannedNote): string => {
    switch (n.action) {
      case 'create':
      case 'unchanged':
        return `${n.action.padEnd(9)} ${oneLine(n.path)}`;
      case 'update':
        return `update    ${oneLine(n.path)} (${n.fields.join(', ')})`;
      case 'conflict':
        return `conflict  ${oneLine(n.path)}: ${n.conflicts.map((c) => `${c.field}: vault ${JSON.stringify(c.vault)}, incoming ${JSON.stringify(c.incoming)}`).join('; ')} (left as it is)`;
    }
  };
  return plan.notes.map(line);
}

/** `vault-stack import <format> <file> [vault] [--folder F] [--dry-run]`: another tool's data into notes, idempotently. */
export const importCommand: Command = {
  name: 'import',
  summary: "read another tool's export into notes (again: updates the same notes)",
  details: [
    'Formats:',
    ...IMPORT_FORMATS.map((f) => `  ${f.name.padEnd(12)} ${f.summary}`),
    'A second import of the same file changes nothing; after the source changed it updates the notes it made before.',
    'A field changed both in the vault and in the source since the last import is a conflict: reported, and the note is left as it is.',
    'Nothing is written when an entry cannot be read. Exit codes: 0 imported (or nothing to do), 1 conflicts were left, 2 usage, input or I/O error.',
  ].join('\n'),
  spec: {
    positionals: ['format', 'file', 'vault'],
    flags: {
      folder: {
        type: 'string',
        placeholder: 'F',
        description: "put new notes in folder F of the vault (default: the format's own)",
      },
      'dry-run': { type: 'boolean', description: 'print what would be created, updated and left, and write nothing' },
      ...formatFlags(),
      ...CLOCK_FLAGS,
      ...CACHE_FLAGS,
      ...HELP_FLAG,
    },
  },
  async run(ctx) {
    const [name, fileArg, vaultArg] = ctx.args.positionals;
    const format = importFormatNamed(name);
    if (fileArg === undefined)
      throw new CliError(
        'USAGE',
        `import ${format.name} needs the file to read`,
        'run `vault-stack import --help` for usage',
      );
    const flags = ctx.args.flags;
    refuseForeignFlags('import', format, formatFlags(), flags);
    const folder =
      typeof flags.folder === 'string' ? normalize(flags.folder).replace(/\\/g, '/').replace(/\/+$/, '') : undefined;
    if (folder !== undefined && (isAbsolute(folder) || folder === '..' || folder.startsWith('../')))
      throw new CliError('USAGE', `--folder ${flags.folder as string}: give a folder inside the vault, relative to it`);
    const bytes = readCappedBytes(resolve(ctx.io.cwd, fileArg), 'the file to import', MAX_IMPORT_BYTES);
    const vault = openVault(ctx, vaultArg ?? '.');
    const plan = await format.plan({
      io: ctx.io,
      vault,
      file: fileArg,
      bytes,
      folder,
      ...resolveMoment(flags, () => ctx.io.now()),
      flags,
      lastImport: readImportState(vault.root, format.name),
    });
    if (plan.problems.length > 0) {
      for (const p of plan.problems) ctx.io.stderr(`${fileArg}: ${p}\n`);
      throw new CliError(
        'USAGE',
        `${fileArg}: ${plan.problems.length} entr${plan.problems.length === 1 ? 'y' : 'ies'} cannot be read; nothing was imported`,
      );
    }
    for (const line of planLines(plan)) ctx.io.stdout(line + '\n');
    for (const notice of plan.notices ?? []) ctx.io.stderr(`${fileArg}: ${notice}\n`);
    const counts = planCounts(plan);
    const dryRun = flags['dry-run'] === true;
    if (!dryRun) {
      writeFilesAtomically(
        plan.notes.flatMap((n) =>
          n.action === 'create' || n.action === 'update' ? [{ file: join(vault.root, n.path), text: n.text }] : [],
        ),
      );
      if (plan.state) writeImportState(vault.root, format.name, plan.state);
    }
    const verb = dryRun ? 'would create' : 'created';
    ctx.io.stderr(
      `${verb} ${counts.create}, ${dryRun ? 'update' : 'updated'} ${counts.update}, unchanged ${counts.unchanged}, conflicts ${counts.conflict}${dryRun ? ' (dry run: nothing written)' : ''}\n`,
    );
    return counts.conflict > 0 ? 1 : 0;
  },
};
