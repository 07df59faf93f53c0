// The entry of dist/cli-commit.cjs, a second bundle holding only what `vault-stack commit` runs
// (bin/vault-stack.js picks it for `commit`): git hooks and cron run it most, and half the full
// bundle's code is then neither read nor deserialised from V8's code cache.
import { readFileSync, writeSync } from 'node:fs';
import { readIndexesAhead } from './git/indexReadAhead';
import type { CliIo } from './io';
import { runAsync } from './runCommit';

/**
 * Writes `text` to standard output or error with blocking writes, as node's own stream does for a
 * file, without making `process.stdout` or `process.stderr`: making them (a file, pipe or terminal
 * stream and node's stream modules) was 1.6 ms (to /dev/null) to 3.3 ms (to a pipe) of a commit
 * that prints one line. Whatever a blocking write refuses (a non-blocking descriptor's EAGAIN, a
 * closed pipe) goes to the stream as before.
 */
function writeAll(fd: 1 | 2, text: string): void {
  const bytes = Buffer.from(text);
  let at = 0;
  try {
    while (at < bytes.length) at += writeSync(fd, bytes, at);
  } catch {
    streamed = true;
    (fd === 1 ? process.stdout : process.stderr).write(bytes.subarray(at));
  }
}

/** Whether any output went to a stream (which may still be writing it when the command ends). */
let streamed = false;

/** The process as CLI I/O (as `processIo`), its streams made only when a terminal fact is asked for. */
function commitIo(): CliIo {
  return {
    stdout: (text) => writeAll(1, text),
    stderr: (text) => writeAll(2, text),
    get stdoutIsTTY() {
      return process.stdout.isTTY === true;
    },
    get stderrIsTTY() {
      return process.stderr.isTTY === true;
    },
    get columns() {
      return process.stdout.columns;
    },
    cwd: process.cwd(),
    env: process.env,
    now: () => new Date(),
    readStdin: () => readFileSync(0, 'utf8'),
  };
}

// Once the command is done and its output written, the process exits at once (its 'exit'
// listeners still run) instead of letting the event loop run down: V8 had posted a scavenge of the
// young generation as a task (4-9 ms of a no-change commit at 50,000 notes, after its line was
// printed), which nothing would use. Output left to a stream is let finish.
// The commit's walk reads .git/index while its lstats run (see indexReadAhead), not after them.
readIndexesAhead();
void runAsync(process.argv.slice(2), commitIo()).then((code) => {
  process.exitCode = code;
  if (!streamed) process.exit(code);
});
