import { readdirSync, readFileSync, statSync } from 'node:fs';

/** Lists every `.md` file under `root` (skipping dot-folders), the least any indexer must do, as cheaply as node allows. */
export function listNotes(root: string): string[] {
  const out: string[] = [];
  const pending = [root];
  while (pending.length > 0) {
    const dir = pending.pop() as string;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const abs = `${dir}/${entry.name}`;
      if (entry.isDirectory()) pending.push(abs);
      else if (entry.name.endsWith('.md')) out.push(abs);
    }
  }
  return out;
}

/** Floor of a cold index: list and read every note's bytes, nothing else. Returns bytes read. */
export function readEveryNote(root: string): number {
  let bytes = 0;
  for (const abs of listNotes(root)) bytes += readFileSync(abs).length;
  return bytes;
}

/** Floor of a warm index: list and stat every note, nothing else. Returns the summed sizes. */
export function statEveryNote(root: string): number {
  let bytes = 0;
  for (const abs of listNotes(root)) bytes += statSync(abs).size;
  return bytes;
}
