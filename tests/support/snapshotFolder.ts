import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Every file and folder under `root` (with `.git`), path → content (`<folder>` for folders), to compare before and after. */
export function snapshot(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    out[path.slice(root.length + 1)] = entry.isDirectory() ? '<folder>' : readFileSync(path, 'latin1');
  }
  return out;
}
