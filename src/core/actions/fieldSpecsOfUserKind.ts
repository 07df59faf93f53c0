import type { FieldType } from '../model/Item';
import type { FieldSpec } from '../kinds/KindSpec';

/**
 * The field specs of a user-defined kind, for `newItemTemplate`: `string` reads as text, a list
 * of allowed values as an enum; descriptions are empty (the declaration has none).
 * @example fieldSpecsOfUserKind({ servings: { type: 'number', required: true } }) // { servings: { type: 'number', required: true, description: '' } }
 */
export function fieldSpecsOfUserKind(fields: Readonly<Record<string, FieldType>>): Record<string, FieldSpec> {
  const specs: Record<string, FieldSpec> = {};
  for (const [name, field] of Object.entries(fields)) {
    const description = '';
    specs[name] =
      field.type === 'enum'
        ? { type: 'enum', required: field.required, values: field.values, description }
        : { type: field.type === 'string' ? 'text' : field.type, required: field.required, description };
  }
  return specs;
}
