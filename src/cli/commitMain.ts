// The entry of dist/cli-commit.cjs, a second bundle holding only what `vault-stack commit` runs
// (bin/vault-stack.js picks it for `commit`): git hooks and cron run it most, and half the full
// bundle's code is then neither read nor deserialised from V8's code cache.
import { processIo } from './io';
import { runAsync } from './runCommit';

void runAsync(process.argv.slice(2), processIo()).then((code) => {
  process.exitCode = code;
});
