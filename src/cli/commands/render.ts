import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildDashboard } from '../../core/dashboard/buildDashboard';
import { INERT_ACTIONS } from '../../views/DashboardActions';
import { StaticElement } from '../../views/dom/StaticElement';
import { staticPage } from '../../views/page/staticPage';
import { renderDashboard } from '../../views/renderDashboard';
import { CliError } from '../CliError';
import { resolveMoment } from '../clock';
import { errnoCode } from '../errnoCode';
import { readCappedFile } from '../readCappedFile';
import type { Command } from './Command';
import { CACHE_FLAGS, CLOCK_FLAGS, HELP_FLAG } from './commonFlags';
import { configDirFlag, vaultSettings } from '../vault/vaultSettings';
import { openVault } from './vaultArgs';

/** Far above any real stylesheet (the built one is under 20 KB). */
const MAX_STYLES_BYTES = 8 * 1024 * 1024;

/**
 * styles.css at the package root: next to dist/ for the built CLI (dist/cli.cjs), three levels
 * up for the sources (src/cli/commands) when run from the repository.
 */
function defaultStylesCandidates(): string[] {
  return [resolve(__dirname, '..', 'styles.css'), resolve(__dirname, '..', '..', '..', 'styles.css')];
}

function readStyles(explicit: string | undefined, cwd: string): string {
  const candidates = explicit === undefined ? defaultStylesCandidates() : [resolve(cwd, explicit)];
  for (const path of candidates) {
    if (explicit === undefined && !existsSync(path)) continue;
    return readCappedFile(path, 'the stylesheet', MAX_STYLES_BYTES);
  }
  throw new CliError(
    'IO',
    `styles.css not found (looked in ${candidates.join(', ')})`,
    'build it with `npm run build`, or pass --styles FILE',
  );
}

/** `vault-stack render`: the dashboard as a standalone HTML page, built by the plugin's own view code and styles. */
export const renderCommand: Command = {
  name: 'render',
  summary: 'write the dashboard as a standalone HTML page',
  details:
    "The page inlines styles.css and holds no script. Sections, date display and horizon come from the vault's plugin settings when it has them.",
  spec: {
    positionals: ['vault'],
    flags: {
      out: { type: 'string', placeholder: 'FILE', description: 'write the page to FILE (required)' },
      theme: {
        type: 'string',
        placeholder: 'light|dark',
        description: "pin a colour theme (default: follow the reader's system)",
        validate: (v) => (v === 'light' || v === 'dark' ? null : `"${v}" is not a theme (expected light or dark)`),
      },
      styles: {
        type: 'string',
        placeholder: 'FILE',
        description: 'use this stylesheet instead of the built styles.css',
      },
      ...configDirFlag,
      ...CLOCK_FLAGS,
      ...CACHE_FLAGS,
      ...HELP_FLAG,
    },
  },
  run(ctx) {
    const flags = ctx.args.flags;
    if (typeof flags.out !== 'string')
      throw new CliError('USAGE', 'render needs --out FILE', 'run `vault-stack render --help` for usage');
    const styles = readStyles(typeof flags.styles === 'string' ? flags.styles : undefined, ctx.io.cwd);
    const moment = resolveMoment(flags, () => ctx.io.now());
    const vault = openVault(ctx);
    const model = buildDashboard(vault.index, {
      ...moment,
      settings: vaultSettings(vault.root, flags),
      problems: vault.problems,
    });
    const body = new StaticElement('div');
    body.addClass('vault-stack-view');
    renderDashboard(body, model, INERT_ACTIONS);
    const theme = flags.theme === 'light' || flags.theme === 'dark' ? flags.theme : undefined;
    const html = staticPage({ title: `Vault Stack: ${model.todayLabel}`, styles, body, theme });
    const out = resolve(ctx.io.cwd, flags.out);
    try {
      writeFileSync(out, html);
    } catch (error) {
      throw new CliError('IO', `cannot write ${out} (${errnoCode(error)})`);
    }
    ctx.io.stderr(`wrote ${out}: ${model.counts.attention} need attention, ${model.counts.items} items\n`);
    return 0;
  },
};
