import { randomBytes } from 'node:crypto';
import { runAsync } from '../../../../src/cli/run';
import { MemoryIo } from '../../support/MemoryIo';

/** What one in-process CLI run printed and returned. */
export interface GitCliRun {
  code: number;
  out: string;
  err: string;
}

/** Runs the CLI in-process through `runAsync` (git commands are asynchronous) with a fixed clock, the given environment and, with `tty`, terminal streams. */
export async function runGitCli(
  argv: string[],
  options: { cwd?: string; env?: Record<string, string | undefined>; clock?: string; tty?: boolean } = {},
): Promise<GitCliRun> {
  const io = new MemoryIo(options.cwd ?? process.cwd(), {
    clock: options.clock ?? '2026-11-28T14:02:00',
    tty: options.tty,
  });
  Object.assign(io.env, options.env ?? {});
  const code = await runAsync(argv, io);
  return { code, out: io.out, err: io.err };
}

/** A PEM private key block with a random body, generated per test run (not a real key). */
export function fakePrivateKeyLines(): string[] {
  const body =
    randomBytes(48 * 3)
      .toString('base64')
      .match(/.{1,64}/g) ?? [];
  return ['-----BEGIN OPENSSH PRIVATE KEY-----', ...body, '-----END OPENSSH PRIVATE KEY-----'];
}
