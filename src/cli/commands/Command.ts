import type { ArgSpec, ParsedArgs } from '../args';
import type { CliIo } from '../io';

/** What a command runs with. */
export interface CommandContext {
  io: CliIo;
  args: ParsedArgs;
  version: string;
}

/** One entry of the command table: its help and its behaviour. Returns the exit code. */
export interface Command {
  name: string;
  /** One line for `vault-stack --help`. */
  summary: string;
  /** Extra help text after the options (exit codes, examples). */
  details?: string;
  spec: ArgSpec;
  /** Returns the exit code; commands that do I/O asynchronously (git) return a promise of it. */
  run(ctx: CommandContext): number | Promise<number>;
}
