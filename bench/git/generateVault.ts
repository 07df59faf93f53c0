import { mulberry32 } from '../random';
import * as fs from 'node:fs';
import * as path from 'node:path';

const KINDS = ['bookmark', 'habit', 'task', 'service', 'backup', 'secret', 'domain', 'device'];
const WORDS =
  'vault stack note backup restic jellyfin habit meditate task passport domain renew device nas service port health check link read inbox archive rotate secret store daily weekly'.split(
    ' ',
  );

/** Deterministic pseudo-random numbers (mulberry32). */
export const seeded = mulberry32;

/** The relative path of note `i` in a vault of `count` notes: three folder levels, about 100 notes a folder. */
export function notePath(i: number, count: number): string {
  const folders = Math.max(1, Math.ceil(count / 100));
  const folder = i % folders;
  return `Area ${folder % 10}/Topic ${Math.floor(folder / 10) % 10}/Sub ${Math.floor(folder / 100)}/note-${i}.md`;
}

/** A note of 1–3 KB: frontmatter of an item kind and a body of words. */
export function noteText(i: number, random: () => number): string {
  const kind = KINDS[i % KINDS.length];
  const target = 1024 + Math.floor(random() * 2048);
  let body = `---\nstack: ${kind}\ntitle: note ${i}\ntags: [bench, ${kind}]\ncreated: 2026-01-${String(1 + (i % 28)).padStart(2, '0')}\n---\n# Note ${i}\n\n`;
  while (body.length < target) {
    let line = '';
    for (let w = 0; w < 12; w++) line += `${WORDS[Math.floor(random() * WORDS.length)]} `;
    body += `${line.trimEnd()}.\n`;
  }
  return body;
}

/** Writes a synthetic vault of `count` notes under `dir`. */
export function generateVault(dir: string, count: number, seed = 1): void {
  const random = seeded(seed);
  const made = new Set<string>();
  for (let i = 0; i < count; i++) {
    const rel = notePath(i, count);
    const folder = path.dirname(rel);
    if (!made.has(folder)) {
      fs.mkdirSync(path.join(dir, folder), { recursive: true });
      made.add(folder);
    }
    fs.writeFileSync(path.join(dir, rel), noteText(i, random));
  }
}
