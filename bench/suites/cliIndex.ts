import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { CliIo } from '../../src/cli/io';
import { loadVault } from '../../src/cli/vault/loadVault';
import { cacheFileFor, NoteCache } from '../../src/cli/vault/NoteCache';
import { scanVault } from '../../src/cli/vault/scanVault';
import { readEveryNote, statEveryNote } from '../floors';
import { defaultShape, generateVault } from '../generateVault';
import { pairedMediansOf, row, type BenchRow, type BenchSuite } from '../harness';

/** A CLI host that prints nothing (no terminal, so no progress). */
export function silentIo(cwd: string): CliIo {
  return {
    stdout: () => undefined,
    stderr: () => undefined,
    stdoutIsTTY: false,
    stderrIsTTY: false,
    cwd,
    env: {},
    now: () => new Date(),
  };
}

/** Vault sizes to index; BENCH_SIZES=10000 runs fewer. */
function sizes(): number[] {
  return (process.env.BENCH_SIZES ?? '10000,50000').split(',').map(Number);
}

/** The CLI's full index (walk, read, frontmatter, ItemIndex, cache) cold and warm, against file-system floors. */
export const cliIndexSuite: BenchSuite = {
  name: 'cli index',
  run(ctx) {
    const rows: BenchRow[] = [];
    for (const notes of sizes()) {
      const label = `${notes / 1000}k notes`;
      const vault = join(ctx.tmp, `vault-${notes}`);
      mkdirSync(vault, { recursive: true });
      ctx.log(`generating ${label} …`);
      generateVault(vault, defaultShape(notes));
      const io = silentIo(ctx.tmp);
      const load = (cache: string | false): number =>
        loadVault(io, { vault, cache, toolVersion: 'bench' }).index.stats().items;
      // Warm the page cache and the JIT once, so cold means "no vault-stack cache", not "disk cold".
      readEveryNote(vault);
      load(false);

      // The reader alone (walk, read or stat, frontmatter, cache; no ItemIndex) shows where the time goes.
      const readOnly = (cache: string): number => {
        const noteCache = NoteCache.open(cacheFileFor(cache, vault), vault, 'bench');
        const scan = scanVault(vault, { cache: noteCache });
        noteCache.save(scan.notes);
        return scan.reads.length;
      };
      let coldDir = '';
      const cold = pairedMediansOf(
        ctx.runs,
        { index: () => load(coldDir), reader: () => readOnly(coldDir) },
        () => readEveryNote(vault),
        () => {
          if (coldDir) rmSync(coldDir, { recursive: true, force: true });
          coldDir = mkdtempSync(join(ctx.tmp, 'cold-cache-'));
        },
      );
      rows.push(
        row(
          'cli index',
          `cold index, ${label}`,
          'read every file',
          cold.index,
          // Issue 14's target (was 2x).
          { kind: 'max-ratio', value: 1.6 },
          ctx.runs,
        ),
      );
      rows.push(
        row(
          'cli index',
          `  of which reader, cold`,
          'read every file',
          cold.reader,
          { kind: 'info', value: 0 },
          ctx.runs,
        ),
      );

      const warmDir = mkdtempSync(join(ctx.tmp, 'warm-cache-'));
      load(warmDir);
      const warm = pairedMediansOf(ctx.runs, { index: () => load(warmDir), reader: () => readOnly(warmDir) }, () =>
        statEveryNote(vault),
      );
      rows.push(
        row(
          'cli index',
          `warm index, ${label}`,
          'list + stat every file',
          warm.index,
          // Issue 14's target (was 1.5x).
          { kind: 'max-ratio', value: 1.3 },
          ctx.runs,
        ),
      );
      rows.push(
        row(
          'cli index',
          `  of which reader, warm`,
          'list + stat every file',
          warm.reader,
          { kind: 'info', value: 0 },
          ctx.runs,
        ),
      );
      rmSync(vault, { recursive: true, force: true });
      ctx.log(`${label} done`);
    }
    return rows;
  },
};
