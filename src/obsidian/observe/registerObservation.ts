import { requestUrl, type Plugin } from 'obsidian';
import type { ItemIndex } from '../../core/index/ItemIndex';
import type { ObserveSettings } from '../../settings/settings';
import type { Clock } from '../clock';
import { desktopProcessObservers } from '../desktopProcessObservers';
import { desktopEnvironment, desktopTlsProbe } from './desktopNode';
import { ObservationStore } from './ObservationStore';
import { requestUrlProbe } from './requestUrlProbe';
import { StackVerifier } from './StackVerifier';

/** The plugin's observation parts: the state store the dashboard reads, the verifier, and the interval's re-scheduling. */
export interface PluginObservation {
  store: ObservationStore;
  verifier: StackVerifier;
  /** Re-reads the interval setting (after the settings changed). */
  settingsChanged(): void;
}

/**
 * Builds the observation store and verifier, loads the stored observations once the layout is
 * ready, and runs the verifier every `intervalMinutes` when set (off by default), in the
 * background: a failed run goes to the console, never to a modal.
 */
export function registerObservation(
  plugin: Plugin,
  deps: { index: ItemIndex; clock(): Clock; settings(): ObserveSettings },
): PluginObservation {
  const { app } = plugin;
  const store = new ObservationStore(app);
  const verifier = new StackVerifier({
    app,
    index: deps.index,
    store,
    clock: () => deps.clock(),
    settings: () => deps.settings(),
    http: requestUrlProbe(requestUrl),
    tls: desktopTlsProbe(),
    processObservers: desktopProcessObservers,
    env: desktopEnvironment(),
  });
  let timer: number | null = null;
  let minutes = 0;
  const schedule = (): void => {
    const wanted = deps.settings().intervalMinutes;
    if (wanted === minutes) return;
    if (timer !== null) window.clearInterval(timer);
    timer = null;
    minutes = wanted;
    if (wanted <= 0) return;
    timer = window.setInterval(() => {
      verifier.run().catch((error: unknown) => console.error('Vault Stack: verify failed', error));
    }, wanted * 60_000);
    plugin.registerInterval(timer);
  };
  app.workspace.onLayoutReady(() => {
    store.load().catch((error: unknown) => console.error('Vault Stack: cannot read the observation state', error));
    schedule();
  });
  return { store, verifier, settingsChanged: schedule };
}
