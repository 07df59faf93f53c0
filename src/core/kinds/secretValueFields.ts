/** Field names that would hold a secret's value rather than a reference to it, in any case. */
const VALUE_FIELD = /^(?:value|password|passwd|passphrase|secret|token|api_?key|private_?key)$/i;

/**
 * The fields of a `stack: secret` frontmatter that hold a value (`value`, `password`, `token`, …),
 * in key order: the contract keeps only a reference (`store` + `ref`). Empty ones are left out.
 * @example secretValueFields({ stack: 'secret', ref: 'x', password: 'hunter2' }) // → ['password']
 */
export function secretValueFields(frontmatter: Readonly<Record<string, unknown>>): string[] {
  return Object.keys(frontmatter).filter((key) => VALUE_FIELD.test(key) && !isEmpty(frontmatter[key]));
}

/** Whether a key line names a value field, for text that did not parse as YAML. */
export function isSecretValueField(key: string): boolean {
  return VALUE_FIELD.test(key);
}

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}
