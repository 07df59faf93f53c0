import { Notice, normalizePath, TFile, type Command } from 'obsidian';
import { exportHomepage } from '../core/formats/homepage';
import { refusal } from '../core/model/Refusal';
import type { PluginContext } from '../obsidian/PluginContext';
import { reportFailure } from '../obsidian/reportFailure';
import { TextPromptModal } from '../obsidian/modals/TextPromptModal';

/** Where "Export Homepage services" offers to write, vault-relative (docs/cli.md, "Exports for the stack's own tools"). */
export const HOMEPAGE_DEFAULT_PATH = 'services.yaml';

/**
 * Writes the vault's services as gethomepage's `services.yaml` to a file in the vault the user
 * names (default {@link HOMEPAGE_DEFAULT_PATH}), so a sync or git remote can carry it to Homepage.
 */
export function exportHomepageServicesCommand(ctx: PluginContext): Command {
  return {
    id: 'export-homepage-services',
    name: 'Export Homepage services',
    callback: () => {
      new TextPromptModal(ctx.app, {
        title: 'Export Homepage services',
        label: 'File in the vault',
        placeholder: HOMEPAGE_DEFAULT_PATH,
        value: HOMEPAGE_DEFAULT_PATH,
        submitText: 'Export',
        validate: homepagePathProblem,
        onSubmit: (path) => writeServices(ctx, normalizePath(path.trim())),
      }).open();
    },
  };
}

/**
 * Why a path cannot take the export (null when it can): a `.yaml`/`.yml` file inside the vault.
 * @example homepagePathProblem('../services.yaml') // 'Give a path inside the vault.'
 */
export function homepagePathProblem(path: string): string | null {
  const p = path.trim();
  if (p === '') return 'Give a file name, such as services.yaml.';
  if (p.startsWith('/') || p.split('/').includes('..')) return 'Give a path inside the vault.';
  if (!/\.ya?ml$/i.test(p)) return 'Homepage reads a .yaml file: end the name with .yaml.';
  return null;
}

async function writeServices(ctx: PluginContext, path: string): Promise<void> {
  try {
    const text = exportHomepage(ctx.source.index);
    const count = ctx.source.index.byKind('service').length;
    const existing = ctx.app.vault.getAbstractFileByPath(path);
    if (existing !== null && !(existing instanceof TFile)) {
      reportFailure('', refusal('FOLDER_IN_THE_WAY', `${path} is a folder: choose another name.`));
      return;
    }
    if (existing) await ctx.app.vault.process(existing, () => text);
    else {
      const folder = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
      if (folder !== '' && ctx.app.vault.getAbstractFileByPath(folder) === null)
        await ctx.app.vault.createFolder(folder);
      await ctx.app.vault.create(path, text);
    }
    new Notice(`Exported ${count} service${count === 1 ? '' : 's'} to ${path}.`);
  } catch (error) {
    reportFailure(`Could not write ${path}`, error);
  }
}
