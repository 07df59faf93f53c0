// The headless entry point (bundled to dist/cli.cjs): runs the CLI on the real process.
import { processIo } from './io';
import { runAsync } from './run';

void runAsync(process.argv.slice(2), processIo()).then((code) => {
  process.exitCode = code;
});
