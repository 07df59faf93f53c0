// The headless entry point (bundled to dist/cli.cjs): runs the CLI on the real process.
import { processIo } from './io';

const argv = process.argv.slice(2);
// A dynamic import is evaluated only when reached (esbuild keeps each lazy in the one bundle):
// `commit` runs without evaluating the modules only other commands use.
const entry = argv[0] === 'commit' ? import('./runCommit') : import('./run');
void entry
  .then(({ runAsync }) => runAsync(argv, processIo()))
  .then((code) => {
    process.exitCode = code;
  });
