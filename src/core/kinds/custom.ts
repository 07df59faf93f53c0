import type { CustomData, FieldType, KindData } from '../model/Item';
import type { FieldReader } from './fields/FieldReader';
import { setOwn } from './fields/describeValue';
import {
  parseBooleanValue,
  parseDateTimeValue,
  parseDateValue,
  parseDurationValue,
  parseEnumValue,
  parseHttpUrlValue,
  parseLinkValue,
  parseNumberValue,
  parseTextValue,
  type Parsed,
} from './fields/valueParsers';

/**
 * Reads an item of a user-defined kind against its declaration. Only declared fields land in
 * `values` (a `links` or `list` field is always present, possibly empty). A bad or missing
 * required field is a problem, but the item is kept: the user decides what their kind means.
 */
export function parseCustom(r: FieldReader, kind: KindData['kind']): CustomData {
  const values: Record<string, unknown> = {};
  for (const field of Object.keys(kind.fields)) {
    const type = kind.fields[field];
    if (type === undefined) continue;
    const value = readCustomField(r, field, type, `a ${kind.name} needs ${field}`);
    if (value !== undefined) setOwn(values, field, value);
  }
  return { type: 'custom', values };
}

function readCustomField(r: FieldReader, field: string, type: FieldType, why: string): unknown {
  if (type.type === 'links' || type.type === 'list') {
    const list = type.type === 'links' ? r.links(field) : r.textList(field);
    if (type.required && list.length === 0 && r.isMissing(field)) r.report(field, `is required (${why})`);
    return list;
  }
  const options = type.required ? { required: why } : {};
  return r.read(field, valueParser(type), options);
}

function valueParser(type: FieldType): (value: unknown) => Parsed<unknown> {
  switch (type.type) {
    case 'enum':
      return (v) => parseEnumValue(v, type.values);
    case 'string':
      return parseTextValue;
    case 'number':
      return parseNumberValue;
    case 'boolean':
      return parseBooleanValue;
    case 'date':
      return parseDateValue;
    case 'datetime':
      return parseDateTimeValue;
    case 'duration':
      return parseDurationValue;
    case 'url':
      return parseHttpUrlValue;
    case 'link':
      return parseLinkValue;
    case 'links':
    case 'list':
      return parseTextValue;
  }
}
