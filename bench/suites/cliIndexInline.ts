import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { loadVault } from '../../src/cli/vault/loadVault';
import { readEveryNote } from '../floors';
import { defaultShape, generateVault } from '../generateVault';
import { pairedMediansOf, row, type BenchSuite } from '../harness';
import { silentIo } from './cliIndex';

/** Notes and inline tasks of the vault; BENCH_INLINE=10000:4000 runs a smaller one. */
function size(): { notes: number; tasks: number } {
  const [notes, tasks] = (process.env.BENCH_INLINE ?? '50000:20000').split(':').map(Number);
  return { notes, tasks };
}

/**
 * The CLI's cold index of a vault whose task lines are Obsidian Tasks inline tasks (four to a
 * note), against reading every file: notes without a checklist are never decoded for tasks.
 */
export const cliIndexInlineSuite: BenchSuite = {
  name: 'cli index inline',
  run(ctx) {
    const { notes, tasks } = size();
    const label = `${notes / 1000}k notes, ${tasks / 1000}k inline tasks`;
    const vault = join(ctx.tmp, `vault-inline-${notes}`);
    mkdirSync(vault, { recursive: true });
    ctx.log(`generating ${label} …`);
    generateVault(vault, { ...defaultShape(notes), inlineTasks: tasks });
    const io = silentIo(ctx.tmp);
    let indexed = 0;
    const load = (): number => {
      const loaded = loadVault(io, { vault, cache: false, toolVersion: 'bench' });
      indexed = loaded.index.inlineTaskCount();
      return indexed;
    };
    readEveryNote(vault);
    load();
    if (indexed !== tasks) throw new Error(`expected ${tasks} inline tasks, indexed ${indexed}`);
    const timing = pairedMediansOf(ctx.runs, { index: load }, () => readEveryNote(vault)).index;
    rmSync(vault, { recursive: true, force: true });
    return [
      row('cli index', `cold index, ${label}`, 'read every file', timing, { kind: 'max-ratio', value: 2 }, ctx.runs),
    ];
  },
};
