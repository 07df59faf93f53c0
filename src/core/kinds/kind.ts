import type { FieldType, KindData } from '../model/Item';
import type { FieldSpec } from './KindSpec';
import type { FieldReader } from './fields/FieldReader';
import { describeValue, isRecord, setOwn } from './fields/describeValue';
import { isBuiltinKind } from './registry';

/** The simple field types a user kind may declare (a list of allowed values declares an enum). */
export const USER_FIELD_TYPES = [
  'string',
  'number',
  'boolean',
  'date',
  'datetime',
  'duration',
  'url',
  'link',
  'links',
  'list',
] as const;

/** Field names a user kind may not declare. */
const RESERVED_FIELDS = new Set(['stack']);

/**
 * Reads a `stack: kind` declaration. `name` must be an identifier (letters, digits, `-`, `_`,
 * starting with a letter; matched case-insensitively, stored lowercase) that is not a builtin kind,
 * else the declaration is dropped. `group` defaults to `other`. `fields` maps a field to a type;
 * a trailing `!` on the type (`date!`) or on the field name (`cuisine!: [thai, italian]`, the
 * way to require a field whose type is a list of allowed values) marks it required. Each bad
 * field declaration is a problem on `fields.<name>` and is left out.
 */
export function parseKindDeclaration(r: FieldReader): KindData['kind'] | null {
  const rawName = r.text('name', { required: 'a kind needs a name, used as "stack: <name>" by its items' });
  let name: string | undefined = rawName?.toLowerCase();
  if (name !== undefined && !/^[a-z][a-z0-9_-]*$/.test(name)) {
    r.report(
      'name',
      `${describeValue(rawName)} is not a kind name (use letters, digits, - or _, starting with a letter)`,
    );
    name = undefined;
  } else if (name !== undefined && isBuiltinKind(name)) {
    r.report('name', `"${name}" is a builtin kind; choose another name`);
    name = undefined;
  }
  const group = (r.text('group') ?? '').toLowerCase() || 'other';
  const fields = readFields(r);
  return name === undefined ? null : { type: 'kind', name, group, fields };
}

function readFields(r: FieldReader): Record<string, FieldType> {
  const fields: Record<string, FieldType> = {};
  if (r.isMissing('fields')) return fields;
  const raw = r.raw('fields');
  if (!isRecord(raw)) {
    r.report('fields', `${describeValue(raw)} is not a map of field names to types (such as "due: date!")`);
    return fields;
  }
  for (const key of Object.keys(raw)) {
    const nameRequired = key.endsWith('!');
    const fieldName = (nameRequired ? key.slice(0, -1) : key).trim();
    const at = `fields.${fieldName}`;
    if (fieldName === '' || RESERVED_FIELDS.has(fieldName)) {
      r.report(at, `"${fieldName}" cannot be declared as a field`);
      continue;
    }
    const type = parseFieldType(raw[key], nameRequired);
    if (typeof type === 'string') r.report(at, type);
    else setOwn(fields, fieldName, type);
  }
  return fields;
}

/**
 * A field type from its declaration: `date`, `date!`, or a list of allowed values; a message when bad.
 * @example parseFieldType('date!', false) // { type: 'date', required: true }
 */
export function parseFieldType(value: unknown, requiredByName: boolean): FieldType | string {
  if (Array.isArray(value)) {
    const values = value
      .filter((v) => typeof v === 'string' || typeof v === 'number')
      .map((v) => String(v).trim())
      .filter((v) => v !== '');
    if (values.length === 0 || values.length !== value.length) {
      return `${describeValue(value)} is not a list of allowed values (write them as text, such as [low, high])`;
    }
    return { type: 'enum', values: [...new Set(values)], required: requiredByName };
  }
  if (typeof value !== 'string') {
    return `${describeValue(value)} is not a field type (expected ${USER_FIELD_TYPES.join(', ')} or a list of allowed values; add ! to require it)`;
  }
  const text = value.trim().toLowerCase();
  const required = requiredByName || text.endsWith('!');
  const base = (text.endsWith('!') ? text.slice(0, -1) : text).trim();
  const type = base === 'text' ? 'string' : base;
  if (!(USER_FIELD_TYPES as readonly string[]).includes(type)) {
    return `${describeValue(value)} is not a field type (expected ${USER_FIELD_TYPES.join(', ')} or a list of allowed values; add ! to require it)`;
  }
  return { type: type as (typeof USER_FIELD_TYPES)[number], required };
}

/**
 * The schema of a user kind in the same shape as a builtin's `KIND_SPECS[kind].fields`, so
 * templates, docs and the CLI treat both alike.
 * @example userKindFieldSpecs(recipe.data).serves // { type: 'number', required: true, description: 'number, required' }
 */
export function userKindFieldSpecs(kind: KindData['kind']): Record<string, FieldSpec> {
  const specs: Record<string, FieldSpec> = {};
  for (const name of Object.keys(kind.fields)) {
    const t = kind.fields[name];
    if (t === undefined) continue;
    const description = `${t.type === 'enum' ? `one of ${t.values.join(', ')}` : t.type}${t.required ? ', required' : ''}`;
    const spec: FieldSpec =
      t.type === 'enum'
        ? { type: 'enum', required: t.required, values: t.values, description }
        : { type: t.type === 'string' ? 'text' : t.type, required: t.required, description };
    setOwn(specs, name, spec);
  }
  return specs;
}
