// The headless entry point (bundled to dist/cli.cjs): runs the CLI on the real process.
import { processIo } from './io';
import { run } from './run';

process.exitCode = run(process.argv.slice(2), processIo());
