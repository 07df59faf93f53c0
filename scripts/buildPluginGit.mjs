// Jest global set-up for jest.plugin-deps.config.cjs: bundles isomorphic-git as main.js does (the
// stand-ins of build/pluginDependencies.cjs, browser platform) into dist/isomorphic-git.plugin.cjs,
// which that config maps `isomorphic-git` to, so the git tests run against the plugin's git.
import esbuild from 'esbuild';
import { builtinModules } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pluginAliases, pluginBuffer } from '../build/pluginDependencies.cjs';

export const PLUGIN_GIT = 'dist/isomorphic-git.plugin.cjs';

export default async function buildPluginGit() {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  await esbuild.build({
    absWorkingDir: root,
    stdin: { contents: "module.exports = require('isomorphic-git');", resolveDir: root, loader: 'js' },
    bundle: true,
    // As for main.js: isomorphic-git's browser build, not the CJS one node would pick.
    platform: 'browser',
    format: 'cjs',
    target: 'es2021',
    external: builtinModules.filter((m) => m !== 'buffer'),
    alias: pluginAliases,
    plugins: [pluginBuffer],
    outfile: join(root, PLUGIN_GIT),
    logLevel: 'warning',
  });
}
