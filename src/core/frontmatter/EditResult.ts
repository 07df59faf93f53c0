/** Why an edit was refused. */
export type EditFailureCode =
  'unclosed' | 'yaml-error' | 'duplicate-key' | 'not-a-map' | 'not-a-list' | 'bad-edit' | 'unsafe-edit';

/** The outcome of `editFrontmatter`: the new note text, or why nothing was written. */
export type EditResult =
  | {
      ok: true;
      text: string;
      /** True when the text differs from the input. */
      changed: boolean;
      /** True when the note had no frontmatter and a new block was created at the top. */
      created: boolean;
    }
  | { ok: false; code: EditFailureCode; reason: string };

/** Builds a refusal. */
export function editFailure(code: EditFailureCode, reason: string): EditResult & { ok: false } {
  return { ok: false, code, reason };
}
