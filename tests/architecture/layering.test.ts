import { beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importCycles, sourceImports } from '../support/sourceImports';

const ROOT = join(__dirname, '..', '..');

/** One layer of eslint.config.mjs: the folder's files, and the packages and src folders it must not import. */
interface Layer {
  files: string[];
  packages: string[];
  folders: string[];
}

/** A piece of code linted as if it were `file`, and whether the layering must refuse it. */
interface Probe {
  file: string;
  text: string;
  refused: boolean;
}

const rule = (refused: boolean, file: string, text: string): Probe => ({ file, text, refused });
const importOf = (specifier: string): string => `import * as probe from '${specifier}';\nexport const used = probe;\n`;
const addsCommand = 'declare const plugin: { addCommand(c: object): void };\nplugin.addCommand({});\n';

const PROBES: Probe[] = [
  rule(true, 'src/core/dashboard/buildDashboard.ts', importOf('../../settings/settings')),
  rule(true, 'src/core/dashboard/buildDashboard.ts', importOf('../../views/parts')),
  rule(true, 'src/core/kinds/task.ts', importOf('../../git/GitRepo')),
  rule(true, 'src/core/kinds/task.ts', importOf('../../obsidian/vaultFs')),
  rule(true, 'src/core/kinds/task.ts', importOf('../../cli/io')),
  rule(true, 'src/core/kinds/task.ts', importOf('obsidian')),
  rule(true, 'src/core/kinds/task.ts', importOf('node:fs')),
  rule(true, 'src/core/kinds/task.ts', importOf('isomorphic-git/http/node')),
  rule(false, 'src/core/dashboard/buildDashboard.ts', importOf('../attention/attention')),
  rule(true, 'src/git/GitRepo.ts', importOf('obsidian')),
  rule(true, 'src/git/GitRepo.ts', importOf('../obsidian/vaultFs')),
  rule(true, 'src/git/remote/pull.ts', importOf('../../cli/io')),
  rule(true, 'src/git/GitRepo.ts', importOf('../views/parts')),
  rule(true, 'src/git/GitRepo.ts', importOf('../settings/settings')),
  rule(false, 'src/git/GitRepo.ts', importOf('../core/model/Item')),
  rule(true, 'src/views/renderDashboard.ts', importOf('obsidian')),
  rule(true, 'src/views/page/staticPage.ts', importOf('../../git/GitRepo')),
  rule(true, 'src/views/renderDashboard.ts', importOf('../cli/io')),
  rule(true, 'src/views/renderDashboard.ts', importOf('../obsidian/vaultFs')),
  rule(false, 'src/views/renderDashboard.ts', importOf('../core/dashboard/DashboardModel')),
  rule(true, 'src/versioning/commitPaths.ts', importOf('../obsidian/vaultFs')),
  rule(true, 'src/cli/run.ts', importOf('obsidian')),
  rule(false, 'src/cli/run.ts', importOf('../views/renderDashboard')),
  rule(true, 'src/obsidian/git/registerVersioning.ts', addsCommand),
  rule(true, 'src/main.ts', addsCommand),
  rule(false, 'src/commands/registerCommands.ts', addsCommand),
];

/** Runs ESLint (the project's own config) over the probes in a child Node, and reads the config's layers. */
function lintProbes(): { layers: Layer[]; rules: string[][] } {
  const script = `
    import { ESLint } from 'eslint';
    import { LAYERS } from './eslint.config.mjs';
    const probes = JSON.parse(process.argv[1]);
    const eslint = new ESLint({ cwd: process.cwd() });
    const rules = [];
    for (const probe of probes) {
      const [result] = await eslint.lintText(probe.text, { filePath: probe.file });
      rules.push(result.messages.map((m) => m.ruleId ?? m.message));
    }
    const layers = LAYERS.map(({ files, packages, folders }) => ({ files, packages: packages.filter((p) => !p.includes(':')), folders }));
    process.stdout.write(JSON.stringify({ layers, rules }));
  `;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script, JSON.stringify(PROBES)], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  return JSON.parse(out) as { layers: Layer[]; rules: string[][] };
}

/** The folder a layer's glob covers: `src/core/**\/*.ts` → `src/core`. */
const layerRoot = (layer: Layer): string => layer.files[0].replace(/\/\*\*.*$/, '');

/** Every folder name below `dir`. */
function folderNames(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .flatMap((e) => [e.name, ...folderNames(`${dir}/${e.name}`)]);
}

describe('the layering of src', () => {
  const graph = sourceImports(ROOT, 'src');
  let linted: { layers: Layer[]; rules: string[][] };
  beforeAll(() => {
    linted = lintProbes();
  });

  it('has no import cycle', () => {
    expect(importCycles(graph)).toEqual([]);
  });

  it('finds a cycle when there is one (the check itself works)', () => {
    const cyclic = [
      { file: 'a.ts', local: ['b.ts'], packages: [] },
      { file: 'b.ts', local: ['c.ts'], packages: [] },
      { file: 'c.ts', local: ['a.ts'], packages: [] },
    ];
    expect(importCycles(cyclic)).toEqual([['a.ts', 'b.ts', 'c.ts', 'a.ts']]);
  });

  it('holds in every resolved import: no file imports a folder or package its layer bans', () => {
    const broken: string[] = [];
    for (const layer of linted.layers) {
      const root = layerRoot(layer);
      const bannedFolders = layer.folders.map((f) => (f === 'main' ? 'src/main.ts' : `src/${f}/`));
      for (const { file, local, packages } of graph.filter((g) => g.file.startsWith(`${root}/`))) {
        for (const target of local)
          if (bannedFolders.some((b) => target === b || target.startsWith(b))) broken.push(`${file} → ${target}`);
        for (const name of packages)
          if (layer.packages.some((p) => name === p || name.startsWith(`${p}/`))) broken.push(`${file} → ${name}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it("has no folder inside a layer named like a folder the layer bans (the lint rule's premise)", () => {
    const clashes = linted.layers.flatMap((layer) =>
      folderNames(layerRoot(layer))
        .filter((name) => layer.folders.includes(name))
        .map((name) => `${layerRoot(layer)}: ${name}`),
    );
    expect(clashes).toEqual([]);
  });

  it('imports project files only by relative paths', () => {
    const absolute = graph.flatMap(({ file, packages }) =>
      packages.filter((p) => p.startsWith('src/')).map((p) => `${file} → ${p}`),
    );
    expect(absolute).toEqual([]);
  });

  it('is enforced by ESLint: each banned import and addCommand outside src/commands is refused, allowed ones pass', () => {
    const verdicts = PROBES.map(
      (probe, i) =>
        `${probe.file}: ${probe.text.split('\n')[probe.text.startsWith('import') ? 0 : 1]} → ${linted.rules[i].some((r) => r === '@typescript-eslint/no-restricted-imports' || r === 'no-restricted-syntax') ? 'refused' : 'allowed'}`,
    );
    expect(verdicts).toEqual(
      PROBES.map(
        (probe) =>
          `${probe.file}: ${probe.text.split('\n')[probe.text.startsWith('import') ? 0 : 1]} → ${probe.refused ? 'refused' : 'allowed'}`,
      ),
    );
  });

  it('adds palette commands only in src/commands', () => {
    const adders = graph
      .map((g) => g.file)
      .filter(
        (file) => !file.startsWith('src/commands/') && /\.addCommand\(/.test(readFileSync(join(ROOT, file), 'utf8')),
      );
    expect(adders).toEqual([]);
  });
});
