// ESLint 9 flat config: Obsidian's recommended rules everywhere, the layering of src, and the purity of src/core.
import { defineConfig, globalIgnores } from 'eslint/config';
import obsidianmd from 'eslint-plugin-obsidianmd';
import globals from 'globals';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
// Host globals the pure core never names (nor `Date`, except in src/core/dates/dateFns.ts).
const CORE_BANNED_GLOBALS = [
  'window',
  'document',
  'activeDocument',
  'activeWindow',
  'navigator',
  'fetch',
  'localStorage',
  'process',
  'require',
  'createEl',
  'createDiv',
  'createSpan',
  'HTMLElement',
];
// The date-fns functions that read the clock themselves.
const DATE_FNS_CLOCK_READERS =
  '^(constructNow|isToday|isTomorrow|isYesterday|isPast|isFuture|isThis[A-Za-z]+|formatDistanceToNow(Strict)?|(start|end)Of(Today|Tomorrow|Yesterday))$';
const escapeRegex = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The layering of src: for each folder, the packages and the src folders (reached by `../`) it
 * must not import. src imports only by relative paths, so a specifier such as
 * `../../settings/settings` names the folder it reaches, provided no folder inside a layer has the
 * name of one it bans (tests/architecture/layering.test.ts checks both).
 */
export const LAYERS = [
  {
    files: ['src/core/**/*.ts'],
    packages: ['obsidian', 'isomorphic-git', ...nodeBuiltins],
    folders: ['settings', 'views', 'git', 'obsidian', 'cli', 'commands', 'versioning', 'main'],
    message: 'src/core is pure: no host, git, settings or views; pass host capabilities in instead of importing them.',
  },
  {
    files: ['src/git/**/*.ts'],
    packages: ['obsidian'],
    folders: ['obsidian', 'cli', 'views', 'settings', 'commands', 'versioning', 'main'],
    message: 'src/git knows no host: it takes an fs and an http client and imports nothing of the plugin or the CLI.',
  },
  {
    files: ['src/views/**/*.ts'],
    packages: ['obsidian', 'isomorphic-git'],
    folders: ['obsidian', 'git', 'cli', 'commands', 'versioning', 'settings', 'main'],
    message: 'src/views renders view models through ViewElement: no Obsidian, git, CLI or settings.',
  },
  {
    files: ['src/versioning/**/*.ts'],
    packages: ['obsidian'],
    folders: ['obsidian', 'cli', 'views', 'commands', 'settings', 'main'],
    message: 'src/versioning is shared by the CLI and the plugin: it imports neither host.',
  },
  {
    files: ['src/node/**/*.ts'],
    packages: ['obsidian', 'isomorphic-git'],
    folders: ['obsidian', 'cli', 'views', 'settings', 'commands', 'versioning', 'git', 'main'],
    message:
      'src/node holds Node capabilities (processes, files) shared by the CLI and the desktop plugin: it imports neither host.',
  },
  {
    files: ['src/cli/**/*.ts'],
    packages: ['obsidian'],
    // Not 'commands': src/cli has a commands folder of its own.
    folders: ['obsidian', 'main'],
    message: 'src/cli runs under Node without Obsidian.',
  },
];

export default defineConfig([
  globalIgnores([
    'node_modules/',
    'main.js',
    'styles.css',
    'dist/',
    'coverage/',
    'test-artifacts/',
    'bench/out/',
    'examples/',
    'tests/browser/dist/',
  ]),
  ...obsidianmd.configs.recommended,
  {
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: ['*.mjs', '*.cjs', 'bin/*.js', 'scripts/*.mjs', 'build/*.mjs', 'build/*.cjs'],
          // The build, bench and config scripts outside tsconfig: a dozen small files.
          maximumDefaultProjectFileMatchCount_THIS_WILL_SLOW_DOWN_LINTING: 32,
        },
      },
    },
  },
  // The layering, one rule per folder: what each part of src may not import (docs/architecture.md).
  ...LAYERS.map(({ files, packages, folders, message }) => ({
    files,
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: packages.map((name) => ({ name, message })),
          patterns: [
            { regex: `^(${packages.map(escapeRegex).join('|')})/`, caseSensitive: true, message },
            { regex: `^(\\.\\./)+(${folders.join('|')})(/|$)`, caseSensitive: true, message },
          ],
        },
      ],
    },
  })),
  {
    // Only src/commands builds palette commands.
    files: ['src/**/*.ts'],
    ignores: ['src/commands/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='addCommand']",
          message: 'Palette commands are built and added in src/commands only.',
        },
      ],
    },
  },
  {
    // The core is pure: no DOM, no host globals, no clock. Hosts pass what it needs in.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...[...CORE_BANNED_GLOBALS, 'Date'].map((name) => ({
          name,
          message: 'src/core is pure: no DOM, no host globals, and no clock (pass today/now in).',
        })),
      ],
    },
  },
  {
    // date-fns enters the core through one door (docs/architecture.md, "Dates and the clock").
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/dates/dateFns.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['date-fns', 'date-fns/*'],
              message: 'src/core reaches date-fns through src/core/dates/dateFns.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    // The door may build a Date from explicit parts, never from the clock.
    files: ['src/core/dates/dateFns.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...CORE_BANNED_GLOBALS.map((name) => ({ name, message: 'src/core is pure.' })),
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='addCommand']",
          message: 'Palette commands are built and added in src/commands only.',
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'No clock in src/core: build a Date from explicit parts.',
        },
        { selector: "CallExpression[callee.name='Date']", message: 'No clock in src/core: Date() reads the clock.' },
        {
          selector: "MemberExpression[object.name='Date'][property.name='now']",
          message: 'No clock in src/core: time is a parameter.',
        },
        {
          selector: `ImportDeclaration[source.value='date-fns'] ImportSpecifier[imported.name=/${DATE_FNS_CLOCK_READERS}/]`,
          message: 'This date-fns function reads the clock; src/core takes today/now as parameters.',
        },
      ],
    },
  },
  {
    // Node-side code: the CLI, tests, benchmarks and build scripts run under Node, not in Obsidian.
    files: [
      'src/cli/**/*.ts',
      'tests/**/*.ts',
      'bench/**/*.ts',
      '*.mjs',
      '*.cjs',
      'bin/*.js',
      'scripts/*.mjs',
      'build/*.cjs',
    ],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'obsidianmd/no-nodejs-modules': 'off',
      // Node's globals (\`global.fetch\`), not a popout window's.
      'obsidianmd/no-global-this': 'off',
      'import/no-extraneous-dependencies': 'off',
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  {
    // The CLI runs without Obsidian, so there is no Vault#configDir: a vault that has no config folder yet gets Obsidian's default name.
    files: ['src/cli/**/*.ts', 'tests/cli/**/*.ts'],
    rules: { 'obsidianmd/hardcoded-config-path': 'off' },
  },
  {
    files: ['*.mjs', '*.cjs', 'bin/*.js', 'scripts/*.mjs', 'build/*.mjs', 'build/*.cjs'],
    rules: { 'no-console': 'off', 'obsidianmd/rule-custom-message': 'off' },
  },
]);
