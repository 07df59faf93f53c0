import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { AttentionEntry } from '../../src/core/attention/AttentionEntry';
import { buildDashboard } from '../../src/core/dashboard/buildDashboard';
import type { AttentionSection } from '../../src/core/dashboard/DashboardModel';
import { loadVault } from '../../src/cli/vault/loadVault';
import { vaultSettings } from '../../src/cli/vault/vaultSettings';
import { MemoryIo } from './support/MemoryIo';
import { runCli } from './support/runCli';
import { TempVault } from './support/TempVault';

const EXAMPLES = resolve(__dirname, '..', '..', 'examples', 'vault');

/** An entry as both lists show it: everything but the score, which only ranks. */
function key(e: {
  path: string;
  title: string;
  kind: string;
  reason: string;
  severity: string;
  field?: string;
}): string {
  return JSON.stringify([e.path, e.title, e.kind, e.reason, e.severity, e.field ?? null]);
}

describe('vault-stack attention and the rendered dashboard', () => {
  let cache: string;
  let broken: TempVault;
  beforeAll(() => {
    cache = mkdtempSync(join(tmpdir(), 'vault-stack-cache-'));
    broken = new TempVault()
      .note('Tasks/Bad date.md', ['stack: task', 'due: 2026-13-45'])
      .note('Tasks/Broken yaml.md', ['stack: task', 'due: [2026-11-30'])
      .note('Tasks/Late.md', ['stack: task', 'due: 2026-11-20'])
      .note('Domains/far.example.md', ['stack: domain', 'name: far.example', 'expires: 2027-01-20'])
      .note('Domains/near.example.md', ['stack: domain', 'name: near.example', 'expires: 2026-12-10'])
      .write('.obsidian/plugins/vault-stack/data.json', JSON.stringify({ horizonDays: 20 }));
  });
  afterAll(() => {
    rmSync(cache, { recursive: true, force: true });
    broken.remove();
  });

  /** The dashboard model's attention entries, built from the vault as `render` builds it. */
  function dashboardEntries(root: string, today: string): string[] {
    const io = new MemoryIo(process.cwd(), { cacheHome: cache });
    const vault = loadVault(io, { vault: root, cache: false, toolVersion: 'test' });
    const model = buildDashboard(vault.index, {
      today,
      now: `${today}T00:00`,
      settings: vaultSettings(vault.root, {}),
      problems: vault.problems,
    });
    const section = model.sections.find((s): s is AttentionSection => s.id === 'attention');
    return (section?.entries ?? []).map(key).sort();
  }

  function cliEntries(root: string, today: string): string[] {
    const result = runCli(['attention', root, '--today', today, '--json', '--no-cache'], { cacheHome: cache });
    expect(result.code).toBe(0);
    return (JSON.parse(result.out) as { entries: AttentionEntry[] }).entries.map(key).sort();
  }

  it.each(['2026-11-28', '2026-12-20', '2027-03-01'])('list the same entries for the example vault on %s', (today) => {
    const cli = cliEntries(EXAMPLES, today);

    expect(cli.length).toBeGreaterThan(0);
    expect(cli).toEqual(dashboardEntries(EXAMPLES, today));
  });

  it('list the same entries for a vault with broken notes and its own horizon', () => {
    const cli = cliEntries(broken.root, '2026-11-28');

    expect(cli).toEqual(dashboardEntries(broken.root, '2026-11-28'));
    expect(cli.map((k) => (JSON.parse(k) as string[])[0])).toEqual(['Domains/near.example.md', 'Tasks/Late.md']);
  });

  it('counts the same entries as `render` says it drew', () => {
    const out = join(cache, 'page.html');
    const render = runCli(['render', EXAMPLES, '--today', '2026-11-28', '--no-cache', '--out', out], {
      cacheHome: cache,
    });

    expect(render.err).toContain(`: ${cliEntries(EXAMPLES, '2026-11-28').length} need attention,`);
  });

  it('leaves a problem to the Problems section and check, and counts its errors on stderr', () => {
    const text = runCli(['attention', broken.root, '--today', '2026-11-28', '--no-cache'], { cacheHome: cache });

    expect(text.out).not.toContain('Bad date');
    expect(text.err).toBe('2 entries on 2026-11-28; 2 errors in notes: run `vault-stack check`\n');
  });
});
