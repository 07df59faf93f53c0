import type { App } from 'obsidian';
import type { Observation } from '../../core/observe/Observation';
import { observationKey } from '../../core/observe/Observation';
import { observationStatePath, parseObservationState } from '../../core/observe/ObservationState';

/** How long a read of the observation state serves before the next draw reads it again. */
const FRESH_MS = 60_000;

/**
 * The last health observation of each item, from the state file the CLI's `verify` and the plugin
 * share (`<config dir>/plugins/vault-stack/state/observations.json`). Reads it in the background at
 * most once a minute; `changed` runs when a read brought something new, so the view draws again.
 */
export class ObservedHealth {
  private state = parseObservationState(null);
  private text: string | null = null;
  private readAt = -Infinity;
  private reading = false;

  constructor(private readonly app: App) {}

  /** The item's last health observation, if one is known. */
  of(path: string): Observation | undefined {
    return this.state.observations[observationKey({ check: 'health', path })];
  }

  /** Starts a read when the last one is older than a minute; `changed` runs after a read that found new text. */
  refresh(now: number, changed: () => void): void {
    if (this.reading || now - this.readAt < FRESH_MS) return;
    this.reading = true;
    const path = observationStatePath(this.app.vault.configDir);
    void this.app.vault.adapter
      .read(path)
      .catch(() => null)
      .then((text) => {
        this.reading = false;
        this.readAt = now;
        if (text === this.text) return;
        this.text = text;
        this.state = parseObservationState(text);
        changed();
      });
  }
}
