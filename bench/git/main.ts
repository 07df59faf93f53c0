import * as fs from 'node:fs';
import * as path from 'node:path';
import { benchCliProcess, benchMobileInit, benchNodeStart } from './cliProcess';
import { benchRoot, runGitBench } from './gitBench';
import type { VaultResult } from './gitBench';

/** Entry of the bundled git benchmark: `node git-bench.bundle.mjs <out dir> [sizes]`. */
async function main(): Promise<void> {
  const outDir = process.argv[2] ?? path.join('bench', 'out');
  const sizes = (process.argv[3] ?? '10000,50000').split(',').map(Number);
  const started = Date.now();
  const report = await runGitBench(sizes);
  const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;
  const ratios = report.vaults.map((v: VaultResult) => ({
    notes: v.notes,
    targetedOverNative: ratio(v.targeted.medianMs, v.native.medianMs),
    targetedItemMessageOverNative: ratio(v.targetedItemMessage.medianMs, v.native.medianMs),
    fullScanOverTargeted: ratio(v.fullScan.medianMs, v.targeted.medianMs),
    ...(v.startupScanHostStats && v.startupScanWithStat && v.nativeStatus
      ? {
          startupScanOverNativeStatus: ratio(v.startupScanHostStats.medianMs, v.nativeStatus.medianMs),
          startupScanWithStatOverNativeStatus: ratio(v.startupScanWithStat.medianMs, v.nativeStatus.medianMs),
          ...(v.nativeStatusUntrackedCache
            ? {
                startupScanWithStatOverUntrackedCacheStatus: ratio(
                  v.startupScanWithStat.medianMs,
                  v.nativeStatusUntrackedCache.medianMs,
                ),
              }
            : {}),
        }
      : {}),
  }));
  // Whole CLI processes (what hooks, CI and cron wait on), and init on the mobile codec. Nine
  // commit rounds: at five, one slow run moved the 50k no-change median by 5 ms (0.07 of its ratio).
  const nodeStart = benchNodeStart(benchRoot(), 11);
  const cliProcess = sizes.map((notes) =>
    benchCliProcess(benchRoot(), notes, { init: notes >= 50000 ? 1 : 3, commit: 9 }),
  );
  const mobileInit = await benchMobileInit(benchRoot(), 5000, 3);
  const totalSeconds = Math.round((Date.now() - started) / 1000);
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(
    path.join(outDir, 'git.json'),
    JSON.stringify({ ...report, ratios, nodeStart, cliProcess, mobileInit, totalSeconds }, null, 2) + '\n',
  );

  const rows: string[][] = [['notes', 'what', 'median ms', 'ratio']];
  const add = (notes: number | string, what: string, ms: number, r: string) =>
    rows.push([String(notes), what, String(ms), r]);
  for (const v of report.vaults) {
    add(v.notes, 'commit 10 notes: native git add + commit (floor)', v.native.medianMs, '1.00');
    add(
      v.notes,
      'commit 10 notes: targeted (warm repository)',
      v.targeted.medianMs,
      `${ratio(v.targeted.medianMs, v.native.medianMs)} x native`,
    );
    add(
      v.notes,
      'commit 10 notes: targeted, item message from the blobs (plugin default)',
      v.targetedItemMessage.medianMs,
      `${ratio(v.targetedItemMessage.medianMs, v.native.medianMs)} x native`,
    );
    add(
      v.notes,
      'commit 10 notes: targeted, first commit (cold)',
      v.targetedFirstRunMs,
      `${ratio(v.targetedFirstRunMs, v.native.medianMs)} x native`,
    );
    add(
      v.notes,
      'commit 10 notes: full scan (statusMatrix + add + commit)',
      v.fullScan.medianMs,
      `${ratio(v.fullScan.medianMs, v.targeted.medianMs)} x targeted`,
    );
    if (v.startupScanHostStats && v.startupScanWithStat && v.nativeStatus) {
      add(v.notes, 'clean start-up: native git status (floor)', v.nativeStatus.medianMs, '1.00');
      add(
        v.notes,
        'clean start-up scan, host stats given',
        v.startupScanHostStats.medianMs,
        `${ratio(v.startupScanHostStats.medianMs, v.nativeStatus.medianMs)} x native`,
      );
      add(
        v.notes,
        'clean start-up scan incl. stat walk (the CLI: its fs)',
        v.startupScanWithStat.medianMs,
        `${ratio(v.startupScanWithStat.medianMs, v.nativeStatus.medianMs)} x native`,
      );
      if (v.nativeStatusUntrackedCache)
        add(
          v.notes,
          '  (informational) native git status with core.untrackedCache=true',
          v.nativeStatusUntrackedCache.medianMs,
          `scan ${ratio(v.startupScanWithStat.medianMs, v.nativeStatusUntrackedCache.medianMs)} x it`,
        );
    }
  }
  add(
    '-',
    'node start-up, empty script, without NODE_EXTRA_CA_CERTS (as the process rows below run)',
    nodeStart.start.floorMs,
    '1.00',
  );
  if (nodeStart.extraCaCerts !== null)
    add(
      '-',
      `  (informational) the same with this machine's NODE_EXTRA_CA_CERTS=${nodeStart.extraCaCerts}`,
      nodeStart.start.oursMs,
      `+${nodeStart.start.oursMs - nodeStart.start.floorMs} ms`,
    );
  for (const c of cliProcess) {
    add(c.notes, 'process: git init && git add -A && git commit (floor)', c.init.floorMs, '1.00');
    add(c.notes, 'process: vault-stack init', c.init.oursMs, `${c.init.ratio} x native`);
    add(c.notes, 'process: git add -A && git commit, 10 edits (floor)', c.commitTen.floorMs, '1.00');
    add(c.notes, 'process: vault-stack commit, 10 edits', c.commitTen.oursMs, `${c.commitTen.ratio} x native`);
    add(c.notes, 'process: git status, nothing changed (floor)', c.commitNothing.floorMs, '1.00');
    add(
      c.notes,
      'process: vault-stack commit, nothing changed',
      c.commitNothing.oursMs,
      `${c.commitNothing.ratio} x native`,
    );
    add(
      c.notes,
      '  (informational) git status with core.untrackedCache=true',
      c.commitNothingUntrackedCache.floorMs,
      `commit ${c.commitNothingUntrackedCache.ratio} x it`,
    );
  }
  add(5000, 'init in process, desktop codec (node crypto, zlib) (floor)', mobileInit.floorMs, '1.00');
  add(
    5000,
    'init in process, mobile codec (WebCrypto, CompressionStream)',
    mobileInit.oursMs,
    `${mobileInit.ratio} x desktop`,
  );
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  for (const row of rows) process.stdout.write(`${row.map((cell, i) => cell.padEnd(widths[i])).join('  ')}\n`);
  process.stdout.write(`total ${totalSeconds} s; written to ${path.join(outDir, 'git.json')}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
