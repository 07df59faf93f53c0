import type { App } from 'obsidian';
import type { ItemIndex } from '../../core/index/ItemIndex';
import { HealthObserver } from '../../core/observe/HealthObserver';
import type { HttpProbe } from '../../core/observe/HttpProbe';
import { LinkObserver } from '../../core/observe/LinkObserver';
import type { Observer } from '../../core/observe/Observation';
import { notifyTransitions, type NotifyChannels, type NotifyOutcome } from '../../core/observe/notifyTransitions';
import { RdapObserver } from '../../core/observe/RdapObserver';
import { TlsObserver } from '../../core/observe/TlsObserver';
import type { TlsProbe } from '../../core/observe/TlsProbe';
import { verifyStack, type VerifyResult } from '../../core/observe/verifyStack';
import type { ObserveSettings } from '../../settings/settings';
import type { Clock } from '../clock';
import type { ObservationStore } from './ObservationStore';

/** What the verifier runs with: the index, the state store, the clock, settings and the host's capabilities. */
export interface VerifierDeps {
  app: App;
  index: ItemIndex;
  store: ObservationStore;
  clock(): Clock;
  settings(): ObserveSettings;
  /** HTTP over `requestUrl`: health, RDAP, links and notifications (mobile too). */
  http: HttpProbe;
  /** Certificates, where the host can read them (desktop); null skips the TLS check. */
  tls: TlsProbe | null;
  /** The process-based observers (restic, borg, secret references): desktop only, empty on mobile. */
  processObservers(): Observer[];
  /** The environment observers read (env secret references): the desktop app's, empty on mobile. */
  env: Readonly<Record<string, string | undefined>>;
}

/** What one run found and notified. */
export type VerifyRun = VerifyResult & { notified: NotifyOutcome | null };

/**
 * "Verify stack now" and the optional interval in the plugin: the same core as `vault-stack verify`,
 * with HTTP through `requestUrl` and process checks on desktop only. Everything is awaited I/O, so
 * the UI never blocks; one run at a time (a second call joins the running one). The state file is
 * re-read first (the CLI may have written it) and saved after, notifications sent on transitions.
 */
export class StackVerifier {
  private running: Promise<VerifyRun> | null = null;

  constructor(private readonly deps: VerifierDeps) {}

  /** Runs every check once (or joins the run in progress). */
  run(): Promise<VerifyRun> {
    if (this.running) return this.running;
    this.running = this.verify().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /** Whether a run is in progress. */
  get busy(): boolean {
    return this.running !== null;
  }

  private async verify(): Promise<VerifyRun> {
    const { deps } = this;
    const observers: Observer[] = [
      new HealthObserver(deps.http),
      new RdapObserver(deps.http),
      new LinkObserver(deps.http),
      ...(deps.tls ? [new TlsObserver(deps.tls)] : []),
      ...deps.processObservers(),
    ];
    const stored = await deps.store.load();
    const clock = deps.clock();
    const root = (deps.app.vault.adapter as { getBasePath?: () => string }).getBasePath?.();
    const result = await verifyStack(
      observers,
      { index: deps.index, today: clock.today(), now: clock.now(), env: deps.env, ...(root ? { root } : {}) },
      stored,
    );
    const channels = this.channels();
    const notified =
      channels.ntfyUrl || channels.webhookUrl
        ? await notifyTransitions(deps.http, result.state, result.observations, deps.index, clock.now(), channels)
        : null;
    await deps.store.save(notified?.state ?? result.state);
    return { ...result, notified };
  }

  private channels(): NotifyChannels {
    const s = this.deps.settings();
    const token = s.ntfyTokenSecret.trim() === '' ? null : this.deps.app.secretStorage.getSecret(s.ntfyTokenSecret);
    return {
      ...(s.ntfyUrl.trim() ? { ntfyUrl: s.ntfyUrl.trim() } : {}),
      ...(token ? { ntfyToken: token } : {}),
      ...(s.webhookUrl.trim() ? { webhookUrl: s.webhookUrl.trim() } : {}),
    };
  }
}
