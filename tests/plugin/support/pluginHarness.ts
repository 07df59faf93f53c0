// Loads the real plugin into the host over a vault, with its clock stopped, and drives its modals.
import './textCodec';
import type { FuzzyMatch, Modal } from 'obsidian';
import VaultStackPlugin from '../../../src/main';
import { fixedClock } from '../../../src/obsidian/clock';
import type { Choice } from '../../../src/obsidian/modals/ChoiceModal';
import { TextPromptModal } from '../../../src/obsidian/modals/TextPromptModal';
import { createTestApp, getOpenModals, loadPlugin, startLayout, type App, type VaultFiles } from '../../host/testing';

/** The moment plugin tests run at. */
export const NOW = '2026-11-28T09:30';

/** An app over `files` (and `data.json` when given) with the plugin loaded, the layout ready and the first build done. */
export async function loadedPlugin(files: VaultFiles, data?: unknown): Promise<{ app: App; plugin: VaultStackPlugin }> {
  const app = createTestApp({ files });
  if (data !== undefined) {
    await app.vault.adapter.mkdir(`${app.vault.configDir}/plugins/vault-stack`);
    await app.vault.adapter.write(`${app.vault.configDir}/plugins/vault-stack/data.json`, JSON.stringify(data));
  }
  const plugin = await loadPlugin(app, VaultStackPlugin);
  plugin.context.clock = fixedClock(NOW);
  await startLayout(app);
  await plugin.context.source.ready;
  return { app, plugin };
}

/** Runs a palette command by its id without the plugin prefix. */
export function run(app: App, id: string): void {
  app.plugins.executeCommand(`vault-stack:${id}`);
}

/** The choice modal on top, as its labels and hints, in the order shown. */
export interface ShownChoices {
  labels: string[];
  hints: Array<string | undefined>;
  choose(label: string): void;
}

/** The choice modal on top: what it shows, and a way to pick an entry by label. */
export async function topChoices(): Promise<ShownChoices> {
  const modal = topModal() as Modal & {
    suggestions?: Array<FuzzyMatch<Choice<unknown>>>;
    hostSetQuery(query: string): Promise<unknown>;
    hostChoose(which: (m: FuzzyMatch<Choice<unknown>>) => boolean): unknown;
  };
  if (!Array.isArray(modal.suggestions)) throw new Error('the top modal is not a suggestion list');
  await modal.hostSetQuery('');
  return {
    labels: modal.suggestions.map((m) => m.item.label),
    hints: modal.suggestions.map((m) => m.item.hint),
    choose: (label) => void modal.hostChoose((m) => m.item.label === label),
  };
}

/** The text prompt on top: types a value and presses its button; returns the error shown (empty when accepted). */
export function answerPrompt(value: string): string {
  const modal = topModal();
  if (!(modal instanceof TextPromptModal)) throw new Error('the top modal is not a text prompt');
  const input = modal.contentEl.querySelector('input');
  if (!input) throw new Error('the prompt has no input');
  input.value = value;
  input.dispatchEvent(new Event('input'));
  const button = modal.contentEl.querySelector('button');
  button?.click();
  return modal.contentEl.querySelector('.vault-stack-prompt-error')?.textContent ?? '';
}

/** The modal opened last, still open. */
export function topModal(): Modal {
  const modals = getOpenModals();
  const top = modals[modals.length - 1];
  if (top === undefined) throw new Error('no modal is open');
  return top;
}

/** Lets pending promise chains (an action's write) finish, then the host's queued events. */
export async function settled(app: App): Promise<void> {
  for (let i = 0; i < 3; i++) await new Promise<void>((resolve) => window.setTimeout(resolve, 0));
  await app.settle();
}
