import type { DateString, KindData } from '../model/Item';
import { differenceInCalendarDays } from '../dates/arithmetic';
import { datePart } from '../dates/dateTime';
import { addDuration } from '../dates/duration';
import type { FieldReader } from './fields/FieldReader';
import { dropUndefined } from './fields/dropUndefined';
import { ENUMS } from './registry';
import { secretValueFields } from './secretValueFields';

/**
 * Reads a secret reference. A missing `store` or `ref` is a problem, but the item is kept
 * (store `other`, ref empty) so rotation, expiry and `used-by` relations still work. A field that
 * holds the secret's value (`value`, `password`, `token`, …) is an error, its value never echoed.
 */
export function parseSecret(r: FieldReader): KindData['secret'] {
  for (const field of secretValueFields(r.frontmatter)) {
    r.report(
      field,
      'holds the secret itself: move the value into the store and keep only `ref` (where it lives) in the note',
    );
  }
  return dropUndefined({
    type: 'secret' as const,
    store: r.oneOf('store', ENUMS.secretStore, { required: 'a secret needs the store it is kept in' }) ?? 'other',
    ref: r.text('ref', { required: 'a secret needs a ref saying where it lives' }) ?? '',
    rotate: r.duration('rotate'),
    rotated: r.date('rotated'),
    expires: r.date('expires'),
    usedBy: r.links('used-by'),
  });
}

/** Derived secret state. */
export interface SecretState {
  /** A rotation policy is set and today is on or after `rotateBy`. */
  rotationDue: boolean;
  /** `rotated` + `rotate`. */
  rotateBy?: DateString;
  /** A rotation policy is set but `rotated` is not, so nothing says when it is due. */
  rotationUnknown: boolean;
  /** Today is on or after `expires` (a secret expiring today is already treated as expired). */
  expired: boolean;
  /** Days until `expires` (0 today, negative once past). */
  expiresInDays?: number;
}

/**
 * Rotation and expiry of a secret on a given day.
 * @example secretState({ ..., rotate: { n: 90, unit: 'd' }, rotated: '2026-08-30' }, '2026-11-28').rotationDue // true
 */
export function secretState(data: KindData['secret'], today: DateString): SecretState {
  const rotateBy =
    data.rotate !== undefined && data.rotated !== undefined
      ? datePart(addDuration(data.rotated, data.rotate))
      : undefined;
  const expiresInDays = data.expires === undefined ? undefined : differenceInCalendarDays(data.expires, today);
  return dropUndefined({
    rotationDue: rotateBy !== undefined && differenceInCalendarDays(today, rotateBy) >= 0,
    rotateBy,
    rotationUnknown: data.rotate !== undefined && data.rotated === undefined,
    expired: expiresInDays !== undefined && expiresInDays <= 0,
    expiresInDays,
  });
}
