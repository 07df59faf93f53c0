import { describe, expect, it } from '@jest/globals';
import { build, type Plugin } from 'esbuild';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { runInThisContext } from 'node:vm';
import * as yaml from 'yaml';
import { CORE_YAML } from '../../src/core/notes/coreYaml';

// What main.js (and, where said, the CLI bundle) leaves out of the code it would otherwise carry,
// from the metafile `npm run build` writes (`npm test` builds first), and why leaving it out
// changes nothing the plugin does. tests/build/bundleContents.test.ts has the rest.
const root = join(__dirname, '..', '..');
const meta = JSON.parse(readFileSync(join(root, 'dist', 'main.meta.json'), 'utf8')) as {
  outputs: Record<string, { inputs: Record<string, { bytesInOutput: number }> }>;
};
/** The files main.js has code of, node_modules paths from the package name on. */
const inputs = Object.entries(meta.outputs['main.js']?.inputs ?? {})
  .filter(([, input]) => input.bytesInOutput > 0)
  .map(([file]) => (file.includes('node_modules/') ? file.slice(file.lastIndexOf('node_modules/') + 13) : file));

const { yamlForBundles } = require('../../build/yamlForBundles.cjs') as { yamlForBundles: Plugin };

/** yaml as the bundles have it (build/yamlForBundles.cjs), for the given platform. */
async function bundledYaml(platform: 'browser' | 'node'): Promise<typeof yaml> {
  const result = await build({
    absWorkingDir: root,
    stdin: { contents: "module.exports = require('yaml');", resolveDir: root },
    bundle: true,
    write: false,
    format: 'cjs',
    platform,
    plugins: [yamlForBundles],
    logLevel: 'silent',
  });
  const module = { exports: {} as typeof yaml };
  const load = runInThisContext(`(function (module, exports, require) {\n${result.outputFiles[0]?.text ?? ''}\n})`) as (
    m: typeof module,
    e: typeof module.exports,
    r: typeof require,
  ) => void;
  load(module, module.exports, require);
  return module.exports;
}

/** Every src file, as text, by its path from the project root. */
function sources(dir = join(root, 'src')): { path: string; text: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') ? [{ path: relative(root, path), text: readFileSync(path, 'utf8') }] : [];
  });
}

/** The argument text of each call of `name(` in a source (up to its matching parenthesis). */
function callArguments(text: string, name: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(new RegExp(`(?<![\\w.])${name}\\(`, 'g'))) {
    let depth = 1;
    let i = (m.index ?? 0) + m[0].length;
    const start = i;
    for (; i < text.length && depth > 0; i++) {
      if (text[i] === '(') depth++;
      else if (text[i] === ')') depth--;
    }
    out.push(text.slice(start, i - 1));
  }
  return out;
}

// Documents that reach every kind of tag and resolution yaml's core schema has, and the YAML
// 1.1 tags the bundles leave out (read as untagged core values, with a warning).
const SAMPLES = [
  'a: 1\nb: 0x1F\nc: 0o17\nd: 017\ne: -12',
  'a: 1.5\nb: 1e3\nc: .inf\nd: -.Inf\ne: .nan\nf: 0.',
  'a: null\nb: ~\nc:\nd: Null',
  'a: true\nb: False\nc: yes\nd: on\ne: TRUE',
  'due: 2026-11-30\nat: 2026-11-30T10:00:00Z\ntime: 12:30:00',
  'a: !!timestamp 2026-11-30\nb: !!set {x, y}\nc: !!binary aGk=\nd: !!omap [{x: 1}]\ne: !!pairs [{x: 1}]',
  'a: !!str 1\nb: !!int "3"\nc: !!float 1\nd: !!bool true\ne: !!null ""\nf: !!map {x: 1}\ng: !!seq [1]',
  'base: &b {x: 1}\nmerged:\n  <<: *b\n  y: 2\nlist: [*b]',
  '%YAML 1.1\n---\na: yes\nb: 010\nc: 2026-11-30\nd: 1_000',
  'a: !custom x\nb: [1, {c: d}]\n"quoted key": |\n  block\n  text\n',
];

describe('yaml in main.js and the CLI bundle', () => {
  it("leaves out yaml's YAML 1.1 and JSON schemas and their tags (about 9 KiB of main.js)", () => {
    expect(inputs).toContain('yaml/browser/dist/schema/core/schema.js');
    // merge.js stays: yaml's maps import its key test whatever the schema.
    const left = inputs.filter((file) => /^yaml\/browser\/dist\/schema\/(yaml-1\.1\/(?!merge\.js)|json\/)/.test(file));
    expect(left).toEqual([]);
  });

  it("leaves out yaml's line folding (1.2 KiB; every stringify in src passes lineWidth 0) and its CST walk (0.9 KiB)", () => {
    const all = Object.entries(meta.outputs['main.js']?.inputs ?? {});
    for (const stubbed of ['stringify/foldFlowLines.js', 'parse/cst-visit.js']) {
      const input = all.find(([file]) => file.endsWith(`yaml/browser/dist/${stubbed}`))?.[1];
      expect([stubbed, (input?.bytesInOutput ?? 0) < 200]).toEqual([stubbed, true]);
    }
  });

  it('leaves them out of the CLI bundle too: the same frontmatter reader in both', () => {
    const cli = readFileSync(join(root, 'dist', 'cli.cjs'), 'utf8');
    expect(cli).toContain('"tag:yaml.org,2002:int"');
    for (const tag of ['timestamp', 'set', 'binary', 'omap', 'pairs'])
      expect(cli).not.toContain(`"tag:yaml.org,2002:${tag}"`);
  });

  it.each(['browser', 'node'] as const)(
    "reads and writes as yaml's own table with the core schema (%s build)",
    async (platform) => {
      const bundled = await bundledYaml(platform);
      const read = (y: typeof yaml, source: string) => {
        const doc = y.parseDocument(source, { ...CORE_YAML, uniqueKeys: true, prettyErrors: false });
        return {
          value: doc.toJS() as unknown,
          errors: doc.errors.map((e) => e.code),
          warnings: doc.warnings.map((w) => w.code),
          text: doc.toString({ lineWidth: 0 }),
        };
      };
      for (const source of SAMPLES) expect([source, read(bundled, source)]).toEqual([source, read(yaml, source)]);

      const values = [
        { a: 'yes', b: '010', c: '2026-11-30', d: 'x: y', e: '', f: '  padded', g: 'line\nbreak' },
        [1, 1.5, -0, Infinity, NaN, null, true, 'true', '1e3', '.nan', '~'],
        // Longer than yaml's default 80 columns, plain, quoted and as a block scalar.
        {
          plain: 'word '.repeat(40),
          quoted: `"${'word '.repeat(40)}"`,
          block: `${'word '.repeat(40)}\n${'x'.repeat(90)}\n`,
        },
      ];
      for (const value of values) {
        expect(bundled.stringify(value, { lineWidth: 0 })).toBe(yaml.stringify(value, { lineWidth: 0 }));
        expect(bundled.stringify(value, { ...CORE_YAML, defaultStringType: 'QUOTE_DOUBLE', lineWidth: 0 })).toBe(
          yaml.stringify(value, { ...CORE_YAML, defaultStringType: 'QUOTE_DOUBLE', lineWidth: 0 }),
        );
      }
      // A schema the bundles lack says so in yaml's own words instead of reading differently.
      expect(() => bundled.parseDocument('a: 1', { schema: 'yaml-1.1' })).toThrow('Unknown schema "yaml-1.1"');
    },
  );

  it('is only ever parsed with CORE_YAML and written with lineWidth 0, so the tests (yaml unbundled) read and write as the bundles do', () => {
    const parses = ['parseDocument', 'parseAllDocuments', 'parse', 'new Document', 'new Composer'];
    const unnamed: string[] = [];
    for (const { path, text } of sources()) {
      // Named imports only, so each parse is seen by its name.
      if (/import (?!type\b)[\w*][^{;]*from 'yaml'/.test(text))
        unnamed.push(`${path}: a default or namespace import of yaml`);
      const names = [...text.matchAll(/import \{([^}]*)\} from 'yaml'/g)]
        .flatMap((m) => (m[1] ?? '').split(','))
        .map((n) => n.trim())
        .filter((n) => n !== '' && !n.startsWith('type '));
      for (const call of parses) {
        if (!names.includes(call.replace('new ', ''))) continue;
        for (const args of callArguments(text, call))
          if (!/\b(CORE_YAML|YAML_OPTIONS)\b/.test(args)) unnamed.push(`${path}: ${call}(${args})`);
      }
      if (names.includes('CST')) unnamed.push(`${path}: yaml's CST (its visit is a stub in the bundles)`);
      if (names.includes('stringify'))
        for (const args of callArguments(text, 'stringify'))
          if (!/\blineWidth: 0\b/.test(args)) unnamed.push(`${path}: stringify(${args})`);
    }
    expect(unnamed).toEqual([]);
    expect(callArguments('x(parseDocument(a, { b: (c) }), d)', 'parseDocument')).toEqual(['a, { b: (c) }']);
  });
});
