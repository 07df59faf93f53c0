import { timewCommands, timewDataFiles, timewIntervals } from '../../core/formats/timewarrior';
import { plural } from '../commands/vaultArgs';
import type { ExportFormat } from './ExportFormat';
import { localToTimew } from './localTime';

/** `vault-stack export timewarrior --out DIR` (a Timewarrior database's data files) or `--commands` (timew track lines). */
export const timewarriorExport: ExportFormat = {
  name: 'timewarrior',
  summary:
    "tasks' and habits' time as Timewarrior data files (--out DIR, read with TIMEWARRIORDB=DIR), or --commands: timew track lines",
  flags: {
    commands: {
      type: 'boolean',
      description: 'timewarrior: print `timew track … :yes` lines to merge into an existing database instead of files',
    },
  },
  run({ vault, flags }) {
    const intervals = timewIntervals(vault.index.items(), localToTimew);
    const count = plural(intervals.length, 'interval');
    if (flags.commands === true) {
      const { lines, leftOut } = timewCommands(intervals);
      const left =
        leftOut.length === 0
          ? ''
          : `; left out ${plural(leftOut.length, 'tag')} timew track would read as dates, durations or keywords: ${leftOut.map((t) => JSON.stringify(t)).join(', ')}`;
      return {
        type: 'document',
        text: lines.map((l) => `${l}\n`).join(''),
        summary: `${count} as timew commands${left}`,
      };
    }
    const files = timewDataFiles(intervals);
    return { type: 'files', files, summary: `${count} in ${plural(files.length - 1, 'month file')}` };
  },
};
