import { TFile, type App } from 'obsidian';
import { parseDocument } from 'yaml';
import { editFrontmatter } from '../core/frontmatter/editFrontmatter';
import type { EditResult } from '../core/frontmatter/EditResult';
import type { FrontmatterEdit } from '../core/frontmatter/FrontmatterEdit';
import { locateFrontmatter } from '../core/frontmatter/locateFrontmatter';
import { CORE_YAML } from '../core/notes/coreYaml';
import { refusal, RefusalError, type Refusal } from '../core/model/Refusal';
import { reportFailure } from './reportFailure';

/** What writing frontmatter edits to a note came to. */
export type WriteOutcome = { ok: true; changed: boolean } | { ok: false; refusal: Refusal };

/**
 * Every frontmatter change the plugin makes goes through here: `editFrontmatter` inside
 * `Vault.process`, so the read, edit and write are atomic. A refused edit writes nothing and tells
 * the user why through `reportFailure`.
 */
export class FrontmatterWriter {
  constructor(private readonly app: App) {}

  /**
   * Applies edits to the note at `path`; `label` names the note in the notice (its title).
   * @example await writer.apply('Tasks/Renew passport.md', [Edits.set('status', 'done')], 'Renew passport')
   */
  async apply(path: string, edits: readonly FrontmatterEdit[], label: string): Promise<WriteOutcome> {
    const file = this.app.vault.getAbstractFileByPath(path);
    if (!(file instanceof TFile)) return this.refuse(label, refusal('NOTE_GONE', 'the note no longer exists'));
    let changed = false;
    try {
      await this.app.vault.process(file, (text) => {
        const result: EditResult = editFrontmatter(text, edits);
        if (!result.ok) {
          // Thrown to leave the file untouched inside Vault.process; caught just below.
          const line = yamlErrorLine(text);
          throw new RefusalError(refusal(result.code, refusalReason(result.code, result.reason, line), { line }));
        }
        changed = result.changed;
        return result.text;
      });
    } catch (error) {
      if (error instanceof RefusalError) return this.refuse(label, error.refusal);
      throw error;
    }
    return { ok: true, changed };
  }

  private refuse(label: string, refused: Refusal): WriteOutcome {
    reportFailure(`Could not update "${label}"`, refused);
    return { ok: false, refusal: refused };
  }
}

/** The refusal as the end of `Could not update "X": …`, naming the note's line when the YAML error has one. */
function refusalReason(
  code: Extract<EditResult, { ok: false }>['code'],
  reason: string,
  line: number | undefined,
): string {
  const at = line === undefined ? '' : `line ${line}: `;
  switch (code) {
    case 'yaml-error':
      return `its frontmatter does not parse (${at}${reason.replace(/^frontmatter (is not valid YAML|cannot be read)[^:]*: /, '')})`;
    case 'duplicate-key':
      return `its frontmatter has a duplicate key${line === undefined ? '' : ` (line ${line})`}: fix it by hand first`;
    case 'unclosed':
    case 'not-a-map':
      return `its ${reason.replace(/^the frontmatter/, 'frontmatter')}`;
    default:
      return reason;
  }
}

/** The note line of the first YAML error in its frontmatter (parsed again only after a refusal). */
function yamlErrorLine(text: string): number | undefined {
  const location = locateFrontmatter(text);
  if (location.kind !== 'block') return undefined;
  const doc = parseDocument(text.slice(location.start, location.end), {
    ...CORE_YAML,
    uniqueKeys: true,
    prettyErrors: true,
  });
  const pos = doc.errors[0]?.linePos?.[0];
  if (pos === undefined) return undefined;
  const linesBefore = text.slice(0, location.start).split('\n').length - 1;
  return linesBefore + pos.line;
}
