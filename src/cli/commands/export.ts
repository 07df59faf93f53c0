import { isAbsolute, join, relative, resolve } from 'node:path';
import { CliError } from '../CliError';
import { resolveMoment } from '../clock';
import { didYouMean } from '../didYouMean';
import type { FlagSpec } from '../args';
import { EXPORT_FORMATS } from '../formats/exportFormats';
import type { ExportFormat } from '../formats/ExportFormat';
import { writeFilesAtomically } from '../formats/writeFiles';
import type { Command } from './Command';
import { CACHE_FLAGS, CLOCK_FLAGS, HELP_FLAG } from './commonFlags';
import { openVault } from './vaultArgs';

/** Every format's own options, for the parser; `run` refuses those of other formats. */
export function formatFlagsOf(
  formats: readonly { flags?: Readonly<Record<string, FlagSpec>> }[],
): Record<string, FlagSpec> {
  return Object.assign({}, ...formats.map((f) => f.flags ?? {})) as Record<string, FlagSpec>;
}

const formatFlags = (): Record<string, FlagSpec> => formatFlagsOf(EXPORT_FORMATS);

/** The export format called `name`, or a usage error listing the formats. */
export function exportFormatNamed(name: string | undefined): ExportFormat {
  const names = EXPORT_FORMATS.map((f) => f.name);
  if (name === undefined) throw new CliError('USAGE', 'export needs a format', `formats: ${names.join(', ')}`);
  const format = EXPORT_FORMATS.find((f) => f.name === name);
  if (!format)
    throw new CliError(
      'USAGE',
      `unknown export format "${name}"${didYouMean(name, names)}`,
      `formats: ${names.join(', ')}`,
    );
  return format;
}

/** Refuses an option that belongs to another format than the one given. */
export function refuseForeignFlags(
  command: string,
  format: { name: string; flags?: Readonly<Record<string, FlagSpec>> },
  all: Record<string, FlagSpec>,
  given: Readonly<Record<string, unknown>>,
): void {
  for (const name of Object.keys(all)) {
    if (given[name] !== undefined && !(format.flags && name in format.flags)) {
      throw new CliError(
        'USAGE',
        `option --${name} is not for \`${command} ${format.name}\``,
        `run \`vault-stack ${command} --help\` for each format's options`,
      );
    }
  }
}

/** `vault-stack export <format> [vault] [--out FILE|DIR]`: the vault's items in another tool's format. */
export const exportCommand: Command = {
  name: 'export',
  summary: "write the vault's items in another tool's format",
  details: [
    'Formats:',
    ...EXPORT_FORMATS.map((f) => `  ${f.name.padEnd(12)} ${f.summary}`),
    'A document is printed unless --out FILE names where to write it; a folder export needs --out DIR.',
    'Files are written all or none. Exit codes: 0 written, 2 usage or I/O error.',
  ].join('\n'),
  spec: {
    positionals: ['format', 'vault'],
    flags: {
      out: {
        type: 'string',
        placeholder: 'FILE|DIR',
        description: 'write to FILE (or into DIR for a folder format) instead of printing',
      },
      ...formatFlags(),
      ...CLOCK_FLAGS,
      ...CACHE_FLAGS,
      ...HELP_FLAG,
    },
  },
  async run(ctx) {
    const [name, vaultArg] = ctx.args.positionals;
    const format = exportFormatNamed(name);
    const flags = ctx.args.flags;
    refuseForeignFlags('export', format, formatFlags(), flags);
    const moment = resolveMoment(flags, () => ctx.io.now());
    const vault = openVault(ctx, vaultArg ?? '.');
    const output = await format.run({ io: ctx.io, vault, ...moment, flags });
    const out = typeof flags.out === 'string' ? resolve(ctx.io.cwd, flags.out) : undefined;
    if (output.type === 'document') {
      if (out === undefined) ctx.io.stdout(output.text);
      else writeFilesAtomically([{ file: out, text: output.text }]);
    } else {
      if (out === undefined)
        throw new CliError(
          'USAGE',
          `export ${format.name} writes a folder of files: give it with --out DIR`,
          `run \`vault-stack export --help\` for usage`,
        );
      writeFilesAtomically(output.files.map((f) => ({ file: insideFolder(out, f.path), text: f.text })));
    }
    ctx.io.stderr(`${output.summary}${out === undefined ? '' : ` → ${out}`}\n`);
    return 0;
  },
};

/** `DIR/path`, refusing a path that would leave DIR. */
function insideFolder(dir: string, path: string): string {
  const file = join(dir, path);
  const rel = relative(dir, file);
  if (isAbsolute(path) || rel.startsWith('..')) throw new Error(`export ${path}: a format wrote outside its folder`);
  return file;
}
