import type { BuiltinKind } from '../model/Item';

/** The value shape of a field in a kind's schema (for templates, docs, the CLI and typo hints). */
export type SpecFieldType =
  | 'text'
  | 'number'
  | 'integer'
  | 'boolean'
  | 'date'
  | 'datetime'
  | 'duration'
  | 'recurrence'
  | 'url'
  | 'link'
  | 'links'
  | 'list'
  | 'enum'
  | 'dates'
  | 'intervals'
  | 'goal'
  | 'link-or-text'
  | 'date-or-true'
  | 'url-or-false'
  | 'number-or-text'
  | 'fields';

/** One field of a kind's schema. */
export interface FieldSpec {
  type: SpecFieldType;
  required: boolean;
  /** Allowed values of an `enum` field. */
  values?: readonly string[];
  /** The value used when the field is absent. */
  default?: string;
  /** One line for people. */
  description: string;
}

/** A builtin kind's schema and its group. */
export interface KindSpec {
  kind: BuiltinKind;
  group: string;
  description: string;
  /** Why the required fields matter, shown as `is required (<reason>)`. */
  requiredReason?: string;
  fields: Readonly<Record<string, FieldSpec>>;
}

/** Fields every item may carry, whatever its kind. */
export const COMMON_FIELDS: Readonly<Record<string, FieldSpec>> = {
  stack: { type: 'text', required: true, description: 'The kind of this item.' },
  title: { type: 'text', required: false, description: 'Display name (default: the file name).' },
  tags: { type: 'list', required: false, description: 'Tags; a leading # is dropped.' },
  created: { type: 'date', required: false, description: 'When the item was created.' },
};
