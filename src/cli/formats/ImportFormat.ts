import type { ImportPlan } from '../../core/formats/ImportPlan';
import type { ImportState } from '../../core/formats/ImportState';
import type { FlagSpec } from '../args';
import type { CliIo } from '../io';
import type { LoadedVault } from '../vault/loadVault';

/** What an import plans with: the vault, the file's bytes, the folder for new notes and the moment. */
export interface ImportInput {
  io: CliIo;
  vault: LoadedVault;
  /** The file as given on the command line, for messages. */
  file: string;
  bytes: Uint8Array;
  /** `--folder F`: where new notes go, vault-relative; undefined means the format's default. */
  folder: string | undefined;
  today: string;
  now: string;
  flags: Readonly<Record<string, string | boolean>>;
  /** What the last real import of this format saved (empty when none): the base of `planImport`'s merge. */
  lastImport: ImportState;
}

/** One format of `vault-stack import <format> <file>`; list it in `./importFormats`. The command prints and applies the plan. */
export interface ImportFormat {
  name: string;
  /** One line for `vault-stack import --help`. */
  summary: string;
  /** Options only this format takes; the command refuses them for other formats. */
  flags?: Readonly<Record<string, FlagSpec>>;
  plan(input: ImportInput): ImportPlan | Promise<ImportPlan>;
}
