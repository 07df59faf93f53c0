import type { ItemIndex } from '../index/ItemIndex';
import type { KindData } from '../model/Item';
import { failureDetail } from './HealthObserver';
import type { HttpProbe, HttpProbeRequest } from './HttpProbe';
import type { Observation } from './Observation';
import type { ObservationState } from './ObservationState';
import { noticeOf, ntfyRequest, webhookRequest, type Notice } from './notice';
import { transitions, withNotified } from './transitions';

/** Where notifications go: an ntfy topic URL (with its access token) and/or a JSON webhook. */
export interface NotifyChannels {
  ntfyUrl?: string;
  ntfyToken?: string;
  webhookUrl?: string;
}

/** What notifying did: the state with what was notified recorded, the notices delivered, and failed deliveries in words. */
export interface NotifyOutcome {
  state: ObservationState;
  sent: Notice[];
  failures: string[];
}

/**
 * Sends one notification per transition (DESIGN.md §5) to every channel, and records it as
 * notified when one channel took it (2xx), so a failed delivery is tried again on the next run and
 * a delivered one never repeats. First sights are recorded silently.
 * @example await notifyTransitions(http, result.state, result.observations, index, now, { ntfyUrl })
 */
export async function notifyTransitions(
  http: HttpProbe,
  state: ObservationState,
  fresh: readonly Observation[],
  index: ItemIndex,
  now: string,
  channels: NotifyChannels,
): Promise<NotifyOutcome> {
  const found = transitions(state, fresh, now);
  let next = state;
  for (const key of found.firstSeen) {
    const o = state.observations[key];
    const seen = o.status === 'failed' ? 'failed' : o.warning ? 'warning' : 'ok';
    next = withNotified(next, key, { state: seen, at: now, silent: true });
  }
  const sent: Notice[] = [];
  const failures: string[] = [];
  for (const transition of found.transitions) {
    const item = index.get(transition.path);
    const notice = noticeOf(transition, item?.title ?? transition.path, clickOf(item?.data));
    const requests: [string, HttpProbeRequest][] = [];
    if (channels.ntfyUrl) requests.push(['ntfy', ntfyRequest(notice, channels.ntfyUrl, channels.ntfyToken)]);
    if (channels.webhookUrl) requests.push(['webhook', webhookRequest(notice, channels.webhookUrl, now)]);
    let delivered = false;
    for (const [name, request] of requests) {
      const got = await http.request(request);
      if (got.ok && got.status >= 200 && got.status < 300) delivered = true;
      else
        failures.push(
          `${name}: "${notice.title}" not delivered: ${got.ok ? `HTTP ${got.status}` : failureDetail(got.reason, got.detail, request.timeoutMs)}`,
        );
    }
    if (delivered) {
      sent.push(notice);
      next = withNotified(next, transition.key, { state: transition.to, at: now });
    }
  }
  return { state: next, sent, failures };
}

/** The URL a notification opens: a service's http(s) `url`, else its `health`. */
function clickOf(data: unknown): string | undefined {
  const service = data as Partial<KindData['service']> | undefined;
  if (service?.type !== 'service') return undefined;
  const url = service.url ?? (typeof service.health === 'string' ? service.health : undefined);
  return url !== undefined && /^https?:\/\//i.test(url) ? url : undefined;
}
