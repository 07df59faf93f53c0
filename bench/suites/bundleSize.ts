import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchRow, BenchSuite } from '../harness';

/** The plugin bundle's budget (issue 14, DESIGN.md): what Obsidian downloads and parses on every start. */
const BUDGET_KIB = 600;

/** main.js, as `npm run bench` has just built it, against its budget (KiB in the "ms" columns). */
export const bundleSizeSuite: BenchSuite = {
  name: 'bundle',
  notes: [
    'bundle: main.js size in KiB against its 600 KiB budget (the "ms" columns hold KiB); `node scripts/bundle-report.mjs` says what each package and folder adds.',
  ],
  run(): BenchRow[] {
    const kib = Math.round((statSync(join(__dirname, '..', '..', '..', 'main.js')).size / 1024) * 10) / 10;
    const ratio = Math.round((kib / BUDGET_KIB) * 100) / 100;
    return [
      {
        suite: 'bundle',
        name: 'main.js size (KiB)',
        floorName: `budget ${BUDGET_KIB} KiB`,
        measuredMs: kib,
        floorMs: BUDGET_KIB,
        measuredWallMs: kib,
        floorWallMs: BUDGET_KIB,
        target: { kind: 'max-ratio', value: 1 },
        ratio,
        wallRatio: ratio,
        pass: kib <= BUDGET_KIB,
        runs: 1,
      },
    ];
  },
};
