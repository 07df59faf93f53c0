import type { DateString, KindData } from '../model/Item';
import { differenceInCalendarDays } from '../dates/arithmetic';
import type { FieldReader } from './fields/FieldReader';
import { dropUndefined } from './fields/dropUndefined';

/** Reads a device; every field is optional. `bootstrap` takes a list of steps or a single step. */
export function parseDevice(r: FieldReader): KindData['device'] {
  return dropUndefined({
    type: 'device' as const,
    os: r.text('os'),
    role: r.text('role'),
    bootstrap: r.textList('bootstrap'),
    acquired: r.date('acquired'),
    warranty: r.date('warranty'),
  });
}

/** Derived device state. */
export interface DeviceState {
  /** Days until the warranty ends (negative once it has). */
  warrantyEndsInDays?: number;
}

/**
 * Days until the device's warranty ends.
 * @example deviceState({ ..., warranty: '2026-12-28' }, '2026-11-28').warrantyEndsInDays // 30
 */
export function deviceState(data: KindData['device'], today: DateString): DeviceState {
  return dropUndefined({
    warrantyEndsInDays: data.warranty === undefined ? undefined : differenceInCalendarDays(data.warranty, today),
  });
}
