// PluginActions over a started IndexSource and a fixed clock, without the rest of the plugin.
import { fixedClock } from '../../../src/obsidian/clock';
import { FrontmatterWriter } from '../../../src/obsidian/FrontmatterWriter';
import { PluginActions } from '../../../src/obsidian/PluginActions';
import type { VaultFiles } from '../../host/testing';
import { startedSource } from './fixtures';

/** The moment every action test runs at. */
export const NOW = '2026-11-28T09:30';

/** A started vault with PluginActions wired like the plugin does (clock stopped at NOW). */
export async function actionsHarness(files: VaultFiles) {
  const started = await startedSource(files);
  const writer = new FrontmatterWriter(started.app);
  const clock = fixedClock(NOW);
  const actions = new PluginActions({ app: started.app, index: started.source.index, writer, clock: () => clock });
  return { ...started, writer, actions };
}
