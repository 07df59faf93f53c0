import type { KindData } from '../model/Item';
import type { FieldReader } from './fields/FieldReader';
import { dropUndefined } from './fields/dropUndefined';
import { fail, ok, parseHttpUrlValue, type Parsed } from './fields/valueParsers';
import { describeValue } from './fields/describeValue';
import { ENUMS } from './registry';

/** Reads a service; every field is optional, so a service is always kept. */
export function parseService(r: FieldReader): KindData['service'] {
  return dropUndefined({
    type: 'service' as const,
    url: r.url('url'),
    health: r.read('health', parseHealth),
    expect: r.read('expect', parseExpect),
    host: r.link('host'),
    deploy: r.oneOf('deploy', ENUMS.deploy),
    source: r.text('source'),
    backup: r.link('backup'),
    secrets: r.links('secrets'),
    domain: r.link('domain'),
  });
}

function parseHealth(value: unknown): Parsed<string | false> {
  if (value === false) return ok(false);
  const url = parseHttpUrlValue(value);
  return url.ok
    ? url
    : fail(`${describeValue(value)} is not an http or https URL to check (or false to skip the check)`);
}

function parseExpect(value: unknown): Parsed<number | string> {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 100 && value <= 599) return ok(value);
  if (typeof value === 'string' && value.trim() !== '') {
    const text = value.trim();
    return /^\d{3}$/.test(text) && Number(text) >= 100 && Number(text) <= 599 ? ok(Number(text)) : ok(text);
  }
  return fail(`${describeValue(value)} is not an HTTP status code (100–599) or a text to look for`);
}
