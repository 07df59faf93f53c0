import { existsSync } from 'node:fs';
import { basename, isAbsolute, relative, resolve } from 'node:path';
import { blockQueryContext } from '../../core/dashboard/blockQueryContext';
import type { Query, QueryError } from '../../core/query';
import { parseQuery, runQuery } from '../../core/query';
import { blockLine } from '../../core/query/blockLine';
import { findStackBlocks } from '../../core/query/stackBlocks';
import { CliError } from '../CliError';
import { resolveMoment } from '../clock';
import { didYouMean } from '../didYouMean';
import { cliFileInfo } from '../query/cliFileInfo';
import { formatQueryResult, QUERY_FORMATS, type QueryFormat } from '../query/formatQueryResult';
import { allNotes } from '../query/plainNotes';
import { readCappedFile } from '../readCappedFile';
import type { Command, CommandContext } from './Command';
import { CLOCK_FLAGS, VAULT_FLAGS } from './commonFlags';
import { openVault, plural } from './vaultArgs';

/** A `.base` file or a note is a few kilobytes; this bounds what a wrong path (a disk image) can cost. */
const MAX_SOURCE_BYTES = 4 * 1024 * 1024;

/** Where the query text came from: what to call it in messages, and the note `this` stands for. */
interface Source {
  label: string;
  text: string;
  /** Vault-relative path of the file, when it is in the vault. */
  selfPath: string;
}

/** One parsed block (a `.base` is one block): its views, or its errors at lines of the file. */
interface Block {
  views: Query[];
}

function readSource(ctx: CommandContext, arg: string, vaultRoot: string): Source {
  if (arg === '-') {
    if (!ctx.io.readStdin)
      throw new CliError('USAGE', 'this host cannot read standard input', 'give a .base file or a note instead');
    return { label: '<stdin>', text: ctx.io.readStdin(), selfPath: 'stdin.base' };
  }
  const fromCwd = resolve(ctx.io.cwd, arg);
  const path = existsSync(fromCwd) ? fromCwd : resolve(vaultRoot, arg);
  if (!existsSync(path))
    throw new CliError(
      'USAGE',
      `no file ${arg} (looked in ${ctx.io.cwd} and the vault ${vaultRoot})`,
      'give a .base file, a note holding ```stack blocks, or - for standard input',
    );
  const text = readCappedFile(path, 'the query file', MAX_SOURCE_BYTES);
  const inVault = relative(vaultRoot, path);
  const selfPath = inVault.startsWith('..') || isAbsolute(inVault) ? basename(path) : inVault.split('\\').join('/');
  return { label: arg, text, selfPath };
}

/** The file's blocks: every ```stack block of a note, else the whole text as one block (a `.base` file). */
function parseBlocks(source: Source): { blocks: Block[]; errors: string[] } {
  const fenced = findStackBlocks(source.text);
  const isNote = /\.md$/i.test(source.label) || (source.label === '<stdin>' && fenced.length > 0);
  if (isNote && fenced.length === 0)
    throw new CliError(
      'USAGE',
      `${source.label} has no \`\`\`stack blocks`,
      'give a note holding one, or a .base file',
    );
  const parts = isNote ? fenced.map((b) => ({ offset: b.line, text: b.source })) : [{ offset: 0, text: source.text }];
  const blocks: Block[] = [];
  const errors: string[] = [];
  for (const part of parts) {
    const parsed = parseQuery(part.text);
    if (parsed.ok) blocks.push({ views: parsed.views });
    else
      errors.push(
        ...parsed.errors.map(
          (e: QueryError) => `${source.label}:${part.offset + blockLine(part.text, e)}: ${e.message}`,
        ),
      );
  }
  return { blocks, errors };
}

function viewLabel(view: Query, i: number): string {
  return view.viewName ?? view.name ?? `View ${i + 1}`;
}

function pickViews(views: readonly Query[], wanted: string | undefined): Query[] {
  if (wanted === undefined) return [...views];
  const names = views.map(viewLabel);
  const found = views.filter((_, i) => names[i].toLowerCase() === wanted.toLowerCase());
  if (found.length > 0) return found;
  throw new CliError(
    'USAGE',
    `no view called "${wanted}"${didYouMean(wanted, names)}`,
    `views here: ${names.map((n) => `"${n}"`).join(', ')}`,
  );
}

/** `vault-stack query <file.base | note.md | -> [vault]`: runs a Base or a note's stack blocks against the vault and prints the rows. */
export const queryCommand: Command = {
  name: 'query',
  summary: 'run a .base file or the stack blocks of a note against the vault and print the rows',
  details: [
    'SOURCE is a .base file, a note whose ```stack blocks are run, or - to read either from standard input;',
    'a path is read from the working folder, else from the vault. Every view is printed unless --view names one.',
    '--format md writes Markdown tables a note can embed; csv (RFC 4180) holds the first view only.',
    'A block with errors prints each, at its line in the file, as the block would show it.',
    'Exit codes: 0 ok, 2 usage, input or query errors.',
  ].join('\n'),
  spec: {
    positionals: ['source', 'vault'],
    flags: {
      view: { type: 'string', placeholder: 'NAME', description: 'print only the view with this name' },
      'all-notes': {
        type: 'boolean',
        description: 'run over every note of the vault, as Bases does, not only the items (notes with stack:)',
      },
      format: {
        type: 'string',
        placeholder: 'FORMAT',
        description: `output format: ${QUERY_FORMATS.join(', ')} (default table; --json means json)`,
        validate: (v) =>
          (QUERY_FORMATS as readonly string[]).includes(v)
            ? null
            : `unknown format "${v}" (known: ${QUERY_FORMATS.join(', ')})`,
      },
      ...CLOCK_FLAGS,
      ...VAULT_FLAGS,
    },
  },
  run(ctx) {
    const [sourceArg, vaultArg] = ctx.args.positionals;
    if (sourceArg === undefined)
      throw new CliError('USAGE', 'query needs a .base file, a note or -', 'run `vault-stack query --help` for usage');
    const moment = resolveMoment(ctx.args.flags, () => ctx.io.now());
    const format: QueryFormat =
      typeof ctx.args.flags.format === 'string'
        ? (ctx.args.flags.format as QueryFormat)
        : ctx.args.flags.json === true
          ? 'json'
          : 'table';
    const vault = openVault(ctx, vaultArg ?? '.');
    const source = readSource(ctx, sourceArg, vault.root);
    const { blocks, errors } = parseBlocks(source);
    if (errors.length > 0) {
      ctx.io.stderr(errors.map((e) => `${e}\n`).join(''));
      ctx.io.stderr(`vault-stack: ${plural(errors.length, 'error')} in ${source.label}; nothing was run\n`);
      return 2;
    }
    const wanted = typeof ctx.args.flags.view === 'string' ? ctx.args.flags.view : undefined;
    const views = pickViews(
      blocks.flatMap((b) => b.views),
      wanted,
    );
    const base = blockQueryContext(vault.index, moment.today, moment.now, source.selfPath);
    const items = ctx.args.flags['all-notes'] === true ? allNotes(vault.root, vault.index) : vault.index.items();
    // With every note, links resolve to plain notes too, and `this` is the file's own note.
    const byPath = new Map(items.map((item) => [item.path, item]));
    const queryCtx = {
      ...base,
      resolveLink: (target: string) => {
        const path = vault.index.resolve(target);
        return path === null ? null : (byPath.get(path) ?? null);
      },
      self: byPath.get(source.selfPath) ?? base.self,
      fileInfo: cliFileInfo(vault.root, vault.index),
    };
    const results = views.map((view, i) => ({
      name: views.length > 1 || wanted !== undefined ? viewLabel(view, i) : (view.viewName ?? view.name),
      result: runQuery(view, items, queryCtx),
    }));
    const width = format === 'table' && ctx.io.stdoutIsTTY ? ctx.io.columns : undefined;
    ctx.io.stdout(formatQueryResult(results, format, width));
    for (const { name, result } of results)
      for (const note of result.notes) ctx.io.stderr(`${name === null ? '' : `${name}: `}note: ${note}\n`);
    if (format === 'csv' && results.length > 1)
      ctx.io.stderr(
        `${plural(results.length, 'view')}; CSV holds the first ("${results[0].name ?? ''}"): choose one with --view\n`,
      );
    const shown = results.reduce((n, r) => n + r.result.rows.length, 0);
    ctx.io.stderr(`${plural(shown, 'row')} from ${plural(results.length, 'view')} on ${moment.today}\n`);
    return 0;
  },
};
