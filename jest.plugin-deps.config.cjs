/**
 * Jest: the git tests against isomorphic-git as main.js bundles it, with the stand-ins for its
 * dependencies in build/ (Buffer, inflate, SHA-1, CRC-32, lock) instead of Node's and npm's.
 * `npm run test:plugin-deps`; scripts/buildPluginGit.mjs builds that isomorphic-git first.
 */
const base = require('./jest.config.cjs');

module.exports = {
  ...base,
  roots: ['<rootDir>/tests/git', '<rootDir>/tests/plugin/git', '<rootDir>/tests/obsidian'],
  globalSetup: '<rootDir>/scripts/buildPluginGit.mjs',
  moduleNameMapper: {
    ...base.moduleNameMapper,
    '^isomorphic-git$': '<rootDir>/dist/isomorphic-git.plugin.cjs',
  },
};
