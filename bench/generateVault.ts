import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Random } from './random';

/** Shape of a synthetic vault. */
export interface VaultShape {
  notes: number;
  /** Share of notes with any frontmatter (items included). */
  frontmatterShare: number;
  /** Share of notes that are `stack:` items. */
  itemShare: number;
  seed: number;
  /** Obsidian Tasks checklist lines to spread over the vault, four to a note (none when absent). */
  inlineTasks?: number;
}

/** The shape the benchmarks use: ~30% frontmatter, ~10% items. */
export function defaultShape(notes: number): VaultShape {
  return { notes, frontmatterShare: 0.3, itemShare: 0.1, seed: 20261128 };
}

const WORDS =
  'the a vault note service backup restic borg domain device habit task bookmark read write deploy host check rotate secret token key server laptop phone router garden kitchen recipe coffee morning evening weekly review plan project invoice tax passport train bike run swim book film music'.split(
    ' ',
  );
const TOP = ['Inbox', 'Projects', 'Areas', 'Resources', 'Archive', 'Daily', 'Infra', 'People'];

/** One note's text: maybe frontmatter, then 1–3 KB of prose. */
function noteText(r: Random, i: number, shape: VaultShape, names: readonly string[]): string {
  const roll = r.next();
  const lines: string[] = [];
  if (roll < shape.itemShare) lines.push(...itemFrontmatter(r, i, names));
  else if (roll < shape.frontmatterShare)
    lines.push(
      `created: 2026-${pad(r.int(1, 11))}-${pad(r.int(1, 28))}`,
      `tags: [${r.pick(WORDS)}, ${r.pick(WORDS)}]`,
      `categories:`,
      `  - "[[${r.pick(names)}]]"`,
      `rating: ${r.int(1, 5)}`,
    );
  const head = lines.length > 0 ? `---\n${lines.join('\n')}\n---\n` : '';
  const target = r.int(1024, 3072) - head.length;
  let body = `# Note ${i}\n\n`;
  while (body.length < target) {
    let sentence = '';
    for (let w = r.int(6, 16); w > 0; w--) sentence += r.pick(WORDS) + ' ';
    body += sentence.trimEnd() + (r.next() < 0.1 ? ` [[${r.pick(names)}]].\n\n` : '. ');
  }
  return head + body + '\n';
}

/** Frontmatter of one item, cycling through the kinds. */
function itemFrontmatter(r: Random, i: number, names: readonly string[]): string[] {
  const link = (): string => `"[[${r.pick(names)}]]"`;
  const date = (): string => `2026-${pad(r.int(1, 11))}-${pad(r.int(1, 28))}`;
  switch (i % 8) {
    case 0:
      return [
        'stack: bookmark',
        `url: https://example.org/${i}`,
        `status: ${r.pick(['inbox', 'reading', 'read'])}`,
        `added: ${date()}`,
        `tags: [reading]`,
      ];
    case 1:
      return ['stack: habit', 'goal: daily', 'log:', ...Array.from({ length: r.int(3, 20) }, () => `  - ${date()}`)];
    case 2:
      return [
        'stack: task',
        `status: ${r.pick(['todo', 'doing', 'done'])}`,
        `due: ${date()}`,
        `priority: ${r.pick(['high', 'medium', 'low'])}`,
        `project: ${link()}`,
      ];
    case 3:
      return [
        'stack: service',
        `url: https://svc${i}.home.example`,
        'deploy: compose',
        `host: ${link()}`,
        `secrets: [${link()}]`,
      ];
    case 4:
      return [
        'stack: backup',
        'tool: restic',
        'every: day',
        'grace: 6h',
        `last-run: ${date()}T03:00`,
        'last-result: ok',
        `covers: [${link()}]`,
      ];
    case 5:
      return ['stack: secret', 'store: pass', `ref: infra/token-${i}`, 'rotate: 3m', `rotated: ${date()}`];
    case 6:
      return [
        'stack: domain',
        `name: site${i}.example`,
        'registrar: Porkbun',
        `expires: 2027-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}`,
      ];
    default:
      return [
        'stack: device',
        `os: ${r.pick(['Debian 12', 'NixOS 24.11', 'macOS 15'])}`,
        `role: ${r.pick(['server', 'laptop', 'phone'])}`,
        `acquired: ${date()}`,
      ];
  }
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** The vault-relative path of note `i`: up to three folder levels from a fixed tree of ~250 folders. */
function notePath(r: Random, i: number): string {
  const depth = r.int(1, 3);
  const parts = [TOP[i % TOP.length]];
  if (depth > 1) parts.push(`${WORDS[r.int(0, 5)]}`);
  if (depth > 2) parts.push(`${WORDS[r.int(6, 9)]}-${r.int(1, 4)}`);
  return `${parts.join('/')}/Note ${i}.md`;
}

/**
 * Writes a synthetic vault under `root` (deterministic for a seed) and returns its note paths.
 * @example generateVault('/tmp/v10k', defaultShape(10_000)).length // → 10000
 */
export function generateVault(root: string, shape: VaultShape): string[] {
  const r = new Random(shape.seed);
  const paths = Array.from({ length: shape.notes }, (_, i) => notePath(r, i));
  const names = paths.map((p) => p.slice(p.lastIndexOf('/') + 1, -3));
  const made = new Set<string>();
  for (let i = 0; i < paths.length; i++) {
    const abs = join(root, paths[i]);
    const dir = dirname(abs);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    writeFileSync(abs, noteText(r, i, shape, names) + taskLines(shape, i));
  }
  return paths;
}

const TASKS_PER_NOTE = 4;

/**
 * The checklist lines note `i` ends with: with `inlineTasks` set, every stride-th note gets four
 * (open, in progress, done, Dataview; some recurring), from their own random stream so the rest
 * of the vault is the same as without them.
 */
function taskLines(shape: VaultShape, i: number): string {
  const tasks = shape.inlineTasks ?? 0;
  if (tasks === 0) return '';
  const stride = Math.max(1, Math.floor(shape.notes / Math.ceil(tasks / TASKS_PER_NOTE)));
  if (i % stride !== 0 || (i / stride) * TASKS_PER_NOTE >= tasks) return '';
  const r = new Random(shape.seed + i);
  const date = (): string => `2026-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}`;
  const words = (): string => `${r.pick(WORDS)} ${r.pick(WORDS)} ${r.pick(WORDS)}`;
  return [
    '',
    '## Tasks',
    '',
    `- [ ] ${words()} #${r.pick(WORDS)} ⏫ 🔁 every week 📅 ${date()}`,
    `- [/] ${words()} 🛫 ${date()} ⏳ ${date()}`,
    `- [x] ${words()} 📅 ${date()} ✅ ${date()}`,
    `- [ ] ${words()}  [priority:: low]  [due:: ${date()}]`,
    '',
  ].join('\n');
}

/**
 * Texts of `count` item notes (every kind in turn) linking among themselves, for index benchmarks.
 * @example itemNoteTexts(8, 1)[2].text.startsWith('---\nstack: task') // → true
 */
export function itemNoteTexts(count: number, seed: number): { path: string; text: string }[] {
  const r = new Random(seed);
  const names = Array.from({ length: count }, (_, i) => `Item ${i}`);
  return names.map((name, i) => ({
    path: `Items/${i % 50}/${name}.md`,
    text: `---\n${itemFrontmatter(r, i, names).join('\n')}\n---\nBody of ${name}.\n`,
  }));
}
