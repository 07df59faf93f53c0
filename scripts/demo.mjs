// `npm run demo` (after the production build): installs the built plugin into the example vault
// and shows, through the built CLI, what Vault Stack sees in that vault on 2026-11-28.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const vault = join(root, 'examples', 'vault');
// The vault's config folder is the dot-folder holding app.json (Obsidian's default name, but found, not assumed).
const configDir = readdirSync(vault).find((name) => name.startsWith('.') && existsSync(join(vault, name, 'app.json')));
if (!configDir) {
  console.error('demo: examples/vault has no config folder with app.json');
  process.exit(2);
}
const pluginDir = join(vault, configDir, 'plugins', 'vault-stack');
const cli = join(root, 'dist', 'cli.cjs');
const today = '2026-11-28';

for (const file of ['main.js', 'manifest.json', 'styles.css', 'dist/cli.cjs']) {
  if (!existsSync(join(root, file))) {
    console.error(`demo: ${file} is missing; run \`npm run demo\` (it builds first) rather than this script alone`);
    process.exit(2);
  }
}

mkdirSync(pluginDir, { recursive: true });
for (const file of ['main.js', 'manifest.json', 'styles.css']) copyFileSync(join(root, file), join(pluginDir, file));
console.log(`Installed the plugin into ${pluginDir}`);
console.log('Open examples/vault in Obsidian and enable "Vault Stack" under Community plugins.\n');

/** Runs the built CLI and returns its output; stops the demo if it could not run. */
function cliRun(args) {
  const result = spawnSync(process.execPath, [cli, ...args, vault, '--no-cache'], { encoding: 'utf8' });
  if (result.status === null || result.status > 1) {
    process.stderr.write(result.stderr);
    process.exit(result.status ?? 2);
  }
  return result;
}

console.log(`What needs attention on ${today}:\n`);
process.stdout.write(cliRun(['attention', '--today', today]).stdout);

const items = JSON.parse(cliRun(['list', '--json']).stdout);
const report = JSON.parse(cliRun(['check', '--json']).stdout);
const perKind = new Map();
for (const item of items) perKind.set(item.kind, (perKind.get(item.kind) ?? 0) + 1);
console.log(
  `\nSummary: ${report.notes} notes, ${report.items} items, ${report.errors} errors, ${report.warnings} warnings`,
);
for (const [kind, count] of [...perKind].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) {
  console.log(`  ${kind.padEnd(14)} ${count}`);
}
for (const p of report.problems)
  console.log(`  problem: ${p.path}${p.line ? `:${p.line}` : ''}: ${p.field ? `${p.field}: ` : ''}${p.message}`);
