import { formatFinding } from '../../core/guard/Finding';
import { headCommit } from '../../versioning/headCommit';
import { guardInitialImport } from '../../versioning/guardInitialImport';
import { openCliRepo } from '../git/CliRepo';
import { writeLibraryKinds } from '../vault/writeLibraryKinds';
import { reportGitFailure } from '../git/gitFailure';
import { gitProgress } from '../git/gitProgress';
import { probeFileSystem } from '../git/probeFileSystem';
import { reportSkipped } from '../git/skippedEntries';
import type { Command } from './Command';
import { allowlistFlag } from './allowlistFlag';
import { HELP_FLAG } from './commonFlags';
import { plural } from './vaultArgs';

/** Obsidian's own name for its config folder, used when the vault has none yet. */
export const DEFAULT_CONFIG_DIR = '.obsidian';

/** `vault-stack init [vault]`: makes the vault a git repository with a `.gitignore` and a first commit of every file. */
export const initCommand: Command = {
  name: 'init',
  summary: 'make the vault a git repository and commit every file',
  details:
    'A refused init (the secret guard found something) changes nothing, not even .gitignore. [core] in .git/config says what native `git init` would on this file system.\nExit codes: 0 created (or already a repository), 1 the secret guard blocked the first commit, 2 usage or I/O error.',
  spec: {
    positionals: ['vault'],
    flags: {
      json: { type: 'boolean', description: 'print JSON instead of text' },
      'config-dir': {
        type: 'string',
        placeholder: 'DIR',
        description: "the vault's Obsidian config folder (default: the dot-folder holding app.json, else .obsidian)",
      },
      'guard-allow': {
        type: 'string',
        placeholder: 'GLOB',
        description: 'let the secret guard skip files matching GLOB (comma-separated)',
      },
      kinds: {
        type: 'string',
        placeholder: 'K,K',
        description:
          'first write these kinds from the library into Kinds/ (project, dotfiles, subscription, media-archive, site)',
      },
      ...HELP_FLAG,
    },
  },
  async run(ctx) {
    const cli = openCliRepo(ctx.io, ctx.args.positionals[0] ?? '.');
    const json = ctx.args.flags.json === true;
    if (typeof ctx.args.flags.kinds === 'string') writeLibraryKinds(ctx, cli.dir, ctx.args.flags.kinds);
    try {
      const head = await headCommit(cli.fs, cli.dir);
      if (head !== null) {
        ctx.io.stdout(json ? JSON.stringify({ status: 'exists', head }) + '\n' : `already a repository: ${cli.dir}\n`);
        return 0;
      }
      // A vault never opened in Obsidian (a fresh folder, a clone whose config folder is ignored) gets Obsidian's default name.
      const configDir =
        typeof ctx.args.flags['config-dir'] === 'string'
          ? ctx.args.flags['config-dir']
          : (cli.configDir ?? DEFAULT_CONFIG_DIR);
      const repo = openCliRepo(ctx.io, cli.dir, configDir).repo;
      const progress = gitProgress(ctx.io, 'init');
      progress.report({ phase: 'checking files for secrets', loaded: 0, total: 0 });
      const findings = await guardInitialImport(
        repo,
        cli.fs,
        cli.dir,
        configDir,
        allowlistFlag(ctx.args.flags['guard-allow']),
        cli.excludesFile,
      );
      if (findings.length > 0) {
        progress.finish();
        if (json) ctx.io.stdout(JSON.stringify({ status: 'blocked', findings }, null, 2) + '\n');
        for (const f of findings) ctx.io.stderr(`${formatFinding(f)}\n`);
        ctx.io.stderr(
          `secret guard: ${plural(findings.length, 'finding')}; nothing was changed (no repository, no .gitignore)\n`,
        );
        return 1;
      }
      const result = await repo
        .init({
          onProgress: ({ done, total }) => progress.report({ phase: 'staging files', loaded: done, total }),
          fileSystemTraits: probeFileSystem,
        })
        .finally(() => progress.finish());
      if (result.status === 'created') reportSkipped(ctx.io, result.skipped);
      if (json) ctx.io.stdout(JSON.stringify(result) + '\n');
      else if (result.status === 'created')
        ctx.io.stdout(
          `initialised ${cli.dir}: ${plural(result.files, 'file')} committed [${result.commit.slice(0, 7)}]\n`,
        );
      else ctx.io.stdout(`already a repository: ${cli.dir}\n`);
      return 0;
    } catch (error) {
      return reportGitFailure(ctx.io, 'init', error);
    }
  },
};
