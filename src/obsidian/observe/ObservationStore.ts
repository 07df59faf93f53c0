import { Events, type App, type EventRef } from 'obsidian';
import type { Observation } from '../../core/observe/Observation';
import {
  emptyObservationState,
  observationStatePath,
  parseObservationState,
  serializeObservationState,
  type ObservationState,
} from '../../core/observe/ObservationState';

const CHANGED = 'changed';

/**
 * The observation state file in the plugin (`<configDir>/plugins/vault-stack/state/observations.json`,
 * shared with the CLI), read through the vault adapter. `map` is what the dashboard reads per row;
 * `version` moves on every save, so views redraw only when it changed.
 */
export class ObservationStore extends Events {
  private current: ObservationState = emptyObservationState();
  private observed: ReadonlyMap<string, Observation> = new Map();
  private saved = 0;

  constructor(private readonly app: App) {
    super();
  }

  /** The stored observations by `observationKey`. */
  get map(): ReadonlyMap<string, Observation> {
    return this.observed;
  }

  /** The state as last read or saved. */
  get state(): ObservationState {
    return this.current;
  }

  /** Moves on every load and save. */
  get version(): number {
    return this.saved;
  }

  /** The file's vault path. */
  get path(): string {
    return observationStatePath(this.app.vault.configDir);
  }

  /** Reads the file (a missing or broken one is an empty state); the CLI may have written it meanwhile. */
  async load(): Promise<ObservationState> {
    const adapter = this.app.vault.adapter;
    const text = (await adapter.exists(this.path)) ? await adapter.read(this.path) : null;
    this.set(parseObservationState(text));
    return this.current;
  }

  /** Writes the state and tells listeners. */
  async save(state: ObservationState): Promise<void> {
    const adapter = this.app.vault.adapter;
    const folder = this.path.slice(0, this.path.lastIndexOf('/'));
    if (!(await adapter.exists(folder))) await adapter.mkdir(folder);
    await adapter.write(this.path, serializeObservationState(state));
    this.set(state);
  }

  /** Calls `callback` after every load or save; register the ref for cleanup. */
  onChange(callback: () => void): EventRef {
    return this.on(CHANGED, callback);
  }

  private set(state: ObservationState): void {
    this.current = state;
    this.observed = new Map(Object.entries(state.observations));
    this.saved++;
    this.trigger(CHANGED);
  }
}
