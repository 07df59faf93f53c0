// ESLint 9 flat config: Obsidian's recommended rules everywhere, plus the purity rule for src/core.
import { defineConfig, globalIgnores } from 'eslint/config';
import obsidianmd from 'eslint-plugin-obsidianmd';
import globals from 'globals';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const corePurePaths = ['obsidian', 'isomorphic-git', ...nodeBuiltins].map((name) => ({
  name,
  message: 'src/core is pure: pass host capabilities in instead of importing them.',
}));
// Host globals the pure core never names (the `Date` global is banned too, except in src/core/dates/dateFns.ts).
const coreBannedGlobals = ['window', 'document', 'activeDocument', 'activeWindow', 'navigator', 'fetch', 'localStorage', 'process', 'require', 'createEl', 'createDiv', 'createSpan', 'HTMLElement'];

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
          allowDefaultProject: ['*.mjs', '*.cjs', 'bin/*.js', 'scripts/*.mjs', 'build/*.mjs'],
          // The build, bench and config scripts outside tsconfig: a dozen small files.
          maximumDefaultProjectFileMatchCount_THIS_WILL_SLOW_DOWN_LINTING: 16,
        },
      },
    },
  },
  {
    // The core is pure: no host, no git, no node, no DOM. Hosts pass what it needs in.
    files: ['src/core/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: corePurePaths,
          patterns: [
            { group: ['isomorphic-git/*', '../obsidian/*', '../../obsidian/*', '../../../obsidian/*'], message: 'src/core is pure.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...[...coreBannedGlobals, 'Date'].map((name) => ({
          name,
          message: 'src/core is pure: no DOM, no host globals, and no clock (pass today/now in).',
        })),
      ],
    },
  },
  {
    // date-fns enters the core through one door: the only core file that imports it, and the only
    // one that may build a Date, from explicit parts (never the clock: no `new Date()`, no `Date.now()`).
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/dates/dateFns.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['date-fns', 'date-fns/*'], message: 'src/core reaches date-fns through src/core/dates/dateFns.ts.' }] }],
    },
  },
  {
    files: ['src/core/dates/dateFns.ts'],
    rules: {
      'no-restricted-globals': ['error', ...coreBannedGlobals.map((name) => ({ name, message: 'src/core is pure.' }))],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'No clock in src/core: build a Date from explicit parts.' },
        { selector: "MemberExpression[object.name='Date'][property.name='now']", message: 'No clock in src/core: time is a parameter.' },
        { selector: "CallExpression[callee.name='Date']", message: 'No clock in src/core: Date() reads the clock.' },
      ],
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [...corePurePaths, {
            name: 'date-fns',
            // These read the clock themselves.
            importNames: ['constructNow', 'isToday', 'isTomorrow', 'isYesterday', 'isPast', 'isFuture', 'isThisHour', 'isThisMinute', 'isThisSecond', 'isThisWeek', 'isThisISOWeek', 'isThisMonth', 'isThisQuarter', 'isThisYear', 'formatDistanceToNow', 'formatDistanceToNowStrict', 'startOfToday', 'endOfToday', 'startOfTomorrow', 'endOfTomorrow', 'startOfYesterday', 'endOfYesterday'],
            message: 'This date-fns function reads the clock; src/core takes today/now as parameters.',
          }],
        },
      ],
    },
  },
  {
    // Node-side code: the CLI, tests, benchmarks and build scripts run under Node, not in Obsidian.
    files: ['src/cli/**/*.ts', 'tests/**/*.ts', 'bench/**/*.ts', '*.mjs', '*.cjs', 'bin/*.js', 'scripts/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'obsidianmd/no-nodejs-modules': 'off',
      'import/no-extraneous-dependencies': 'off',
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  {
    files: ['*.mjs', '*.cjs', 'bin/*.js', 'scripts/*.mjs', 'build/*.mjs'],
    rules: { 'no-console': 'off', 'obsidianmd/rule-custom-message': 'off' },
  },
]);
