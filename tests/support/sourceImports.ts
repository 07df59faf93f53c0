import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import * as ts from 'typescript';

/** One TypeScript file's imports: project files resolved to repo-relative paths, packages by name. */
export interface SourceImports {
  file: string;
  local: string[];
  packages: string[];
}

/** Every `.ts` file under `dir`, as repo-relative paths with `/`. */
function tsFiles(root: string, dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return tsFiles(root, path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** The file a relative specifier names: `x.ts`, `x/index.ts` or `x` itself (a JSON file); null when none exists. */
function resolveLocal(root: string, from: string, specifier: string): string | null {
  const base = join(root, dirname(from), specifier);
  for (const candidate of [`${base}.ts`, join(base, 'index.ts'), base]) {
    if (existsSync(candidate) && !candidate.endsWith(sep) && statSync(candidate).isFile())
      return relative(root, candidate).split(sep).join('/');
  }
  return null;
}

/**
 * The static imports and re-exports of every `.ts` file under `dir` (repo-relative), read with the
 * TypeScript compiler's own pre-processor, so `import type` and `export … from` count too.
 */
export function sourceImports(root: string, dir: string): SourceImports[] {
  return tsFiles(root, dir)
    .sort()
    .map((file) => {
      const info = ts.preProcessFile(readFileSync(join(root, file), 'utf8'), true, true);
      const local: string[] = [];
      const packages: string[] = [];
      for (const { fileName } of info.importedFiles) {
        if (!fileName.startsWith('.')) packages.push(fileName);
        else {
          const resolved = resolveLocal(root, file, fileName);
          if (resolved === null) throw new Error(`${file}: cannot resolve ${fileName}`);
          local.push(resolved);
        }
      }
      return { file, local, packages };
    });
}

/** Every import cycle among the files, each as the path of files that leads back to its start. */
export function importCycles(graph: SourceImports[]): string[][] {
  const edges = new Map(graph.map((g) => [g.file, g.local]));
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (file: string): void => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of edges.get(file) ?? []) {
      const seen = state.get(next);
      if (seen === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (seen === undefined) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of edges.keys()) if (!state.has(file)) visit(file);
  return cycles;
}
