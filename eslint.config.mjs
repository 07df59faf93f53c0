// ESLint 9 flat config: Obsidian's recommended rules everywhere, plus the purity rule for src/core.
import { defineConfig, globalIgnores } from 'eslint/config';
import obsidianmd from 'eslint-plugin-obsidianmd';
import globals from 'globals';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

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
          paths: ['obsidian', 'isomorphic-git', ...nodeBuiltins].map((name) => ({
            name,
            message: 'src/core is pure: pass host capabilities in instead of importing them.',
          })),
          patterns: [
            { group: ['isomorphic-git/*', '../obsidian/*', '../../obsidian/*', '../../../obsidian/*'], message: 'src/core is pure.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'activeDocument', 'activeWindow', 'navigator', 'fetch', 'localStorage', 'process', 'require', 'createEl', 'createDiv', 'createSpan', 'HTMLElement', 'Date'].map((name) => ({
          name,
          message: 'src/core is pure: no DOM, no host globals, and no clock (pass today/now in).',
        })),
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
    // The CLI runs without Obsidian, so there is no Vault#configDir: a vault that has no config folder yet gets Obsidian's default name.
    files: ['src/cli/**/*.ts', 'tests/cli/**/*.ts'],
    rules: { 'obsidianmd/hardcoded-config-path': 'off' },
  },
  {
    files: ['*.mjs', '*.cjs', 'bin/*.js', 'scripts/*.mjs', 'build/*.mjs'],
    rules: { 'no-console': 'off', 'obsidianmd/rule-custom-message': 'off' },
  },
]);
