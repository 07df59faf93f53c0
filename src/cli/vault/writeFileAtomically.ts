import { renameSync, writeFileSync } from 'node:fs';

/** Writes a file through a temporary file renamed over it, so a crash leaves the old text or the new, never half. */
export function writeFileAtomically(file: string, text: string): void {
  const temp = `${file}.vault-stack-tmp`;
  writeFileSync(temp, text);
  renameSync(temp, file);
}
