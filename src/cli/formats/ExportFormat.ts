import type { FlagSpec } from '../args';
import type { CliIo } from '../io';
import type { LoadedVault } from '../vault/loadVault';

/** What an export runs with: the loaded vault, the moment and the options given. */
export interface ExportInput {
  io: CliIo;
  vault: LoadedVault;
  today: string;
  now: string;
  flags: Readonly<Record<string, string | boolean>>;
}

/** One file of a folder export, relative to `--out DIR`. */
export interface ExportedFile {
  path: string;
  text: string;
}

/** An export's result: one document (to stdout, or `--out FILE`) or the files of a folder (`--out DIR`); `summary` goes to stderr. */
export type ExportOutput =
  { type: 'document'; text: string; summary: string } | { type: 'files'; files: ExportedFile[]; summary: string };

/** One format of `vault-stack export <format>`; list it in `./exportFormats`. */
export interface ExportFormat {
  name: string;
  /** One line for `vault-stack export --help`. */
  summary: string;
  /** Options only this format takes (`--todo` for ics); the command refuses them for other formats. */
  flags?: Readonly<Record<string, FlagSpec>>;
  run(input: ExportInput): ExportOutput | Promise<ExportOutput>;
}
