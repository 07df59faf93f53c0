import type { HttpProbeRequest } from './HttpProbe';
import type { Transition } from './transitions';

/** One notification, before it is shaped for a channel: ntfy's fields (title, priority 1–5, tags, click). */
export interface Notice {
  title: string;
  message: string;
  priority: 1 | 2 | 3 | 4 | 5;
  /** ntfy tags; those naming an emoji short code show as the emoji. */
  tags: string[];
  click?: string;
  transition: Transition;
}

const SUBJECT: Record<Transition['check'], string> = {
  health: 'Service',
  snapshot: 'Backup',
  tls: 'Certificate of',
  domain: 'Domain',
  'secret-ref': 'Secret reference',
  link: 'Link',
};

const SAYS: Record<Transition['check'], Record<Transition['to'], string>> = {
  health: { failed: 'is down', warning: 'is up', ok: 'is up again' },
  snapshot: { failed: 'is stale or failing', warning: 'is fresh', ok: 'is fresh again' },
  tls: { failed: 'has expired or cannot be read', warning: 'expires soon', ok: 'is renewed' },
  domain: { failed: 'has expired or is not registered', warning: 'expires soon', ok: 'is renewed' },
  'secret-ref': { failed: 'is dangling', warning: 'resolves', ok: 'resolves again' },
  link: { failed: 'is dead', warning: 'answers', ok: 'answers again' },
};

const TAGS: Record<Transition['check'], string> = {
  health: 'computer',
  snapshot: 'floppy_disk',
  tls: 'lock',
  domain: 'globe_with_meridians',
  'secret-ref': 'key',
  link: 'link',
};

/**
 * The notification for a transition: `Service Grafana is down` (priority 4, tags
 * `rotating_light,computer`), `… is up again` (3, `white_check_mark`), a warning window entered (3,
 * `warning`); the message is what was seen and the note's path; `click` opens `click` when given.
 * @example noticeOf(transition, 'Grafana', 'https://grafana.lan').title // 'Service Grafana is down'
 */
export function noticeOf(transition: Transition, title: string, click?: string): Notice {
  const { to } = transition;
  return {
    title: `${SUBJECT[transition.check]} ${title} ${SAYS[transition.check][to]}`,
    message: `${transition.detail}\n${transition.path}`,
    priority: to === 'failed' ? 4 : 3,
    tags: [
      to === 'failed' ? 'rotating_light' : to === 'warning' ? 'warning' : 'white_check_mark',
      TAGS[transition.check],
    ],
    ...(click ? { click } : {}),
    transition,
  };
}

/**
 * The ntfy publish request (ntfy docs/publish.md): POST to the topic URL with the message as the
 * body and `Title`, `Priority`, `Tags`, `Click` headers; `Authorization: Bearer <token>` with a
 * token. A non-ASCII title is sent RFC 2047-encoded, as ntfy reads it.
 * @example ntfyRequest(notice, 'https://ntfy.sh/homelab-alerts', 'tk_…')
 */
export function ntfyRequest(notice: Notice, topicUrl: string, token?: string, timeoutMs = 10_000): HttpProbeRequest {
  const headers: Record<string, string> = {
    'Content-Type': 'text/plain; charset=utf-8',
    Title: headerText(notice.title),
    Priority: String(notice.priority),
    Tags: notice.tags.join(','),
  };
  if (notice.click) headers.Click = notice.click;
  if (token) headers.Authorization = `Bearer ${token}`;
  return { url: topicUrl, method: 'POST', headers, body: notice.message, timeoutMs };
}

/** A generic JSON webhook request: the notice's fields plus what changed, for any receiver. */
export function webhookRequest(notice: Notice, url: string, at: string, timeoutMs = 10_000): HttpProbeRequest {
  const { transition } = notice;
  const body = {
    source: 'vault-stack',
    title: notice.title,
    message: notice.message,
    priority: notice.priority,
    tags: notice.tags,
    ...(notice.click ? { click: notice.click } : {}),
    path: transition.path,
    check: transition.check,
    from: transition.from,
    to: transition.to,
    detail: transition.detail,
    at,
  };
  return {
    url,
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
    timeoutMs,
  };
}

/** A header value: ASCII as is, anything else as an RFC 2047 encoded word (`=?UTF-8?B?…?=`). */
export function headerText(text: string): string {
  if (/^[\x20-\x7e]*$/.test(text)) return text;
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return `=?UTF-8?B?${btoa(binary)}?=`;
}
