import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatRows, type BenchRow, type BenchSuite } from './harness';
import { bookmarksSuite } from './suites/bookmarks';
import { bundleSizeSuite } from './suites/bundleSize';
import { cliIndexSuite } from './suites/cliIndex';
import { cliIndexInlineSuite } from './suites/cliIndexInline';
import { incrementalIndexSuite } from './suites/incrementalIndex';
import { dashboardSuite } from './suites/dashboard';
import { icsExportSuite } from './suites/icsExport';
import { pluginIndexSuite } from './suites/pluginIndex';
import { pluginOnloadSuite } from './suites/pluginOnload';
import { queryBlockSuite } from './suites/queryBlock';
import { taskwarriorSuite } from './suites/taskwarrior';
import { basesViewsSuite } from './suites/basesViews';
import { basesTimeReportSuite } from './suites/basesTimeReport';
import { verifyHealthSuite } from './suites/verifyHealth';

/** Every suite, in run order. Add a suite file under bench/suites/ and list it here. */
const SUITES: readonly BenchSuite[] = [
  bundleSizeSuite,
  incrementalIndexSuite,
  cliIndexSuite,
  cliIndexInlineSuite,
  pluginIndexSuite,
  pluginOnloadSuite,
  queryBlockSuite,
  dashboardSuite,
  icsExportSuite,
  taskwarriorSuite,
  bookmarksSuite,
  basesViewsSuite,
  basesTimeReportSuite,
  verifyHealthSuite,
];

/** Runs every suite (or those named in BENCH_SUITES), prints the table and writes bench/out/*.json. */
async function main(): Promise<void> {
  const runs = Number(process.env.BENCH_RUNS ?? 5);
  const only = process.env.BENCH_SUITES?.split(',');
  const tmp = mkdtempSync(join(tmpdir(), 'vault-stack-bench-'));
  const started = Date.now();
  const rows: BenchRow[] = [];
  const notes: string[] = [];
  try {
    for (const suite of SUITES) {
      if (only && !only.includes(suite.name)) continue;
      process.stderr.write(`[${suite.name}] running\n`);
      notes.push(...(suite.notes ?? []));
      rows.push(...(await suite.run({ tmp, runs, log: (m) => process.stderr.write(`[${suite.name}] ${m}\n`) })));
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  const outDir = join(__dirname, '..', 'out');
  const report = {
    date: new Date().toISOString(),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    runs,
    seconds: (Date.now() - started) / 1000,
    rows,
  };
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'latest.json'), JSON.stringify(report, null, 2) + '\n');
  writeFileSync(
    join(outDir, `bench-${report.date.replace(/[:.]/g, '-')}.json`),
    JSON.stringify(report, null, 2) + '\n',
  );
  process.stdout.write(
    `${formatRows(rows)}\n\n${notes.map((n) => `${n}\n`).join('')}medians of ${runs} paired runs; ${report.seconds.toFixed(0)} s; written to bench/out/latest.json\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
