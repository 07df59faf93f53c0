import type { BuiltinKind } from '../model/Item';

/**
 * Relation fields that must point at an item of one kind (DESIGN.md §1). A link from such a
 * field to a note of another kind, or to a plain note, is a warning; other links are free.
 */
export const RELATION_KINDS: Readonly<Partial<Record<string, Readonly<Record<string, BuiltinKind>>>>> = {
  task: { depends: 'task' },
  service: { host: 'device', backup: 'backup', secrets: 'secret', domain: 'domain' },
};

/** The kind a relation field of an item of `kind` must point at, if it is constrained. */
export function expectedTargetKind(kind: string, field: string): BuiltinKind | undefined {
  const fields = RELATION_KINDS[kind];
  return fields && Object.prototype.hasOwnProperty.call(fields, field) ? fields[field] : undefined;
}
