import { Notice, TFile, type App } from 'obsidian';
import { updateRegion } from '../core/generated/updateRegion';

/** What to write: a region of generated content in a note, and the heading a new note starts with. */
export interface GeneratedNote {
  path: string;
  region: string;
  content: string;
  heading: string;
}

/** What writing a generated note did. */
export type GeneratedOutcome = 'created' | 'updated' | 'unchanged' | 'edited' | 'broken';

/**
 * Puts generated content into its region of a note (creating the note when missing) through
 * `Vault.process`, and says what happened in a Notice. Nothing is written when nothing changed;
 * a region edited by hand, or broken markers, are reported and left alone.
 */
export async function writeGeneratedNote(app: App, note: GeneratedNote): Promise<GeneratedOutcome> {
  try {
    return await writeRegion(app, note);
  } catch (error) {
    new Notice(`Could not write ${note.path}: ${error instanceof Error ? error.message : String(error)}`);
    return 'broken';
  }
}

async function writeRegion(app: App, note: GeneratedNote): Promise<GeneratedOutcome> {
  const existing = app.vault.getAbstractFileByPath(note.path);
  if (existing !== null && !(existing instanceof TFile)) {
    new Notice(`${note.path} is a folder: move it away to write the note.`);
    return 'broken';
  }
  if (existing === null) {
    const created = updateRegion(`# ${note.heading}\n`, note.region, note.content);
    if (created.status !== 'written') return 'broken';
    await app.vault.create(note.path, created.text);
    new Notice(`Created ${note.path}.`);
    return 'created';
  }
  const result: { outcome: GeneratedOutcome; message: string } = { outcome: 'unchanged', message: '' };
  const settle = (text: string): string => {
    const update = updateRegion(text, note.region, note.content);
    if (update.status === 'written') result.outcome = 'updated';
    else if (update.status !== 'unchanged') Object.assign(result, { outcome: update.status, message: update.message });
    return update.status === 'written' ? update.text : text;
  };
  // Read first so an unchanged note is not written at all; the edit itself is recomputed inside process.
  settle(await app.vault.read(existing));
  if (result.outcome === 'updated') {
    result.outcome = 'unchanged';
    await app.vault.process(existing, settle);
  }
  return report(note.path, result);
}

/** Says in a Notice what writing a note did. */
function report(path: string, result: { outcome: GeneratedOutcome; message: string }): GeneratedOutcome {
  if (result.outcome === 'updated') new Notice(`Updated ${path}.`);
  else if (result.outcome === 'unchanged') new Notice(`${path} is up to date.`);
  else new Notice(`${path} was not written: ${result.message}.`);
  return result.outcome;
}
