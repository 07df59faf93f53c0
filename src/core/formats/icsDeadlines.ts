import { addDays } from '../dates';
import { secretState } from '../kinds/secret';
import { isKind, type Item } from '../model/Item';

/** One all-day deadline of an infra item, as a calendar shows it. */
export interface IcsDeadline {
  /** The frontmatter field the date comes from (`expires`, `tls-expires`, `rotate`, `warranty`): part of the UID. */
  field: string;
  date: string;
  /** The exclusive end: the day after. */
  end: string;
  summary: string;
  /** The reminder's lead: the VALARM fires this many days before. */
  alarmDaysBefore: number;
}

/**
 * How many days ahead each deadline reminds: a registrar renewal or a warranty claim takes weeks, a
 * certificate or a secret days.
 */
export const ALARM_DAYS_BEFORE = { expires: 30, 'tls-expires': 14, 'secret-expires': 14, rotate: 7, warranty: 30 };

/**
 * The deadlines of an infra item: a domain's `expires` and `tls-expires` (the certificate we
 * declare lives on the domain note), a secret's `expires` and its rotation date (`rotated` +
 * `rotate`), a device's `warranty`. Other kinds have none.
 * @example icsDeadlines(domain)[0]?.summary // 'Domain example.com expires'
 */
export function icsDeadlines(item: Item): IcsDeadline[] {
  const out: IcsDeadline[] = [];
  const add = (field: string, date: string | undefined, summary: string, alarmDaysBefore: number): void => {
    if (date !== undefined) out.push({ field, date, end: addDays(date, 1), summary, alarmDaysBefore });
  };
  if (isKind(item, 'domain')) {
    const renew = item.data.autoRenew === true ? ' (auto-renew on)' : '';
    add('expires', item.data.expires, `Domain ${item.data.name} expires${renew}`, ALARM_DAYS_BEFORE.expires);
    add(
      'tls-expires',
      item.data.tlsExpires,
      `TLS certificate of ${item.data.name} expires`,
      ALARM_DAYS_BEFORE['tls-expires'],
    );
  } else if (isKind(item, 'secret')) {
    add('expires', item.data.expires, `Secret ${item.title} expires`, ALARM_DAYS_BEFORE['secret-expires']);
    // The rotation date does not depend on the day judged: secretState only compares it with `today`.
    const rotateBy = item.data.rotated === undefined ? undefined : secretState(item.data, item.data.rotated).rotateBy;
    add('rotate', rotateBy, `Rotate secret ${item.title}`, ALARM_DAYS_BEFORE.rotate);
  } else if (isKind(item, 'device')) {
    add('warranty', item.data.warranty, `Warranty of ${item.title} ends`, ALARM_DAYS_BEFORE.warranty);
  }
  return out;
}
