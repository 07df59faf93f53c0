import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The repository root. */
export const ROOT = join(__dirname, '..', '..', '..');

/** Writes styles/*.css concatenated in name order (as esbuild.config.mjs builds styles.css) to `file`; returns the CSS. */
export function writeBuiltStyles(file: string): string {
  const dir = join(ROOT, 'styles');
  const css = readdirSync(dir)
    .filter((f) => f.endsWith('.css'))
    .sort()
    .map((f) => `/* ${f} */\n${readFileSync(join(dir, f), 'utf8').trim()}\n`)
    .join('\n');
  writeFileSync(file, css);
  return css;
}
