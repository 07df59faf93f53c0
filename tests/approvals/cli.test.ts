import { afterAll, describe, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COMMANDS } from '../../src/cli/commands/commandTable';
import { runAsync } from '../../src/cli/run';
import { MemoryIo } from '../cli/support/MemoryIo';
import { EXAMPLE_VAULT } from '../support/exampleVault';
import { formatHtml } from '../support/formatHtml';
import { verifyApproved } from '../support/verifyApproved';

/** The one fixture vault, and the moment every run is judged at (the CLI's clock and `--today`). */
const VAULT = EXAMPLE_VAULT;
const TODAY = '2026-11-28';
const CLOCK = `${TODAY}T09:30:00`;

const scratch = mkdtempSync(join(tmpdir(), 'vault-stack-approvals-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs `vault-stack ARGV` in-process at the fixed clock, with `examples/vault` and the scratch folder written as stable names. */
async function transcript(argv: string[]): Promise<string> {
  const io = new MemoryIo(VAULT, { cacheHome: join(scratch, 'cache'), clock: CLOCK });
  const code = await runAsync(argv, io);
  const stable = (text: string): string => text.split(VAULT).join('examples/vault').split(scratch).join('$TMP');
  const shown = ['vault-stack', ...argv.map((a) => (a.includes(' ') ? `'${a}'` : a))].join(' ');
  return stable(
    [`$ ${shown}`, `exit ${code}`, '--- stdout', io.out.trimEnd(), '--- stderr', io.err.trimEnd(), ''].join('\n'),
  );
}

/** Several transcripts, one after another, in one approved file. */
async function transcripts(runs: string[][]): Promise<string> {
  const texts: string[] = [];
  for (const argv of runs) texts.push(await transcript(argv));
  return texts.join('\n');
}

describe('what the CLI prints on examples/vault (approved)', () => {
  it('check', async () => {
    verifyApproved(
      'cli/check',
      await transcripts([
        ['check', VAULT],
        ['check', VAULT, '--json'],
      ]),
    );
  });

  it('list', async () => {
    verifyApproved(
      'cli/list',
      await transcripts([
        ['list', VAULT],
        ['list', VAULT, '--kind', 'task'],
      ]),
    );
  });

  it('list --json', async () => {
    verifyApproved('cli/list-json', await transcript(['list', VAULT, '--json']));
  });

  it('attention', async () => {
    verifyApproved(
      'cli/attention',
      await transcripts([
        ['attention', VAULT, '--today', TODAY],
        ['attention', VAULT, '--today', TODAY, '--json'],
      ]),
    );
  });

  it('help: the main help and every command help', async () => {
    verifyApproved('cli/help', await transcripts([['--help'], ...COMMANDS.map((c) => [c.name, '--help'])]));
  });

  it('overview', async () => {
    verifyApproved('cli/overview', await transcript(['overview', VAULT, '--today', TODAY]));
  });

  it('impact', async () => {
    verifyApproved(
      'cli/impact',
      await transcripts([
        ['impact', 'nas', VAULT],
        ['impact', 'Blog', VAULT, '--json'],
      ]),
    );
  });

  it('query: a Base as a table, as Markdown, and its errors', async () => {
    const base = join(VAULT, 'Reports', 'Tasks.base');
    verifyApproved(
      'cli/query',
      await transcripts([
        ['query', base, VAULT, '--today', TODAY],
        ['query', base, VAULT, '--today', TODAY, '--view', 'Open', '--format', 'md'],
        ['query', base, VAULT, '--today', TODAY, '--view', 'Opne'],
      ]),
    );
  });

  it('bad usage: each error message', async () => {
    const missing = join(scratch, 'no-such-vault');
    verifyApproved(
      'cli/usage-errors',
      await transcripts([
        [],
        ['frobnicate'],
        ['lsit', VAULT],
        ['check', VAULT, '--nope'],
        ['check', missing],
        ['list', VAULT, '--kind', 'tasks'],
        ['attention', VAULT, '--today', '2026-13-45'],
        ['attention', VAULT, '--now', 'tomorrow'],
        ['render', VAULT],
        ['log', VAULT],
        ['check', VAULT, 'extra-argument'],
      ]),
    );
  });

  it("render: the dashboard page's HTML", async () => {
    const styles = join(scratch, 'empty.css');
    writeFileSync(styles, '');
    const out = join(scratch, 'dashboard.html');
    const run = await transcript([
      'render',
      VAULT,
      '--out',
      out,
      '--styles',
      styles,
      '--theme',
      'light',
      '--today',
      TODAY,
    ]);
    const page = readFileSync(out, 'utf8');
    const title = /<title>.*<\/title>/.exec(page)?.[0] ?? '(no title)';
    verifyApproved('cli/render', run);
    verifyApproved('dashboard', `${title}\n${formatHtml(page.slice(page.indexOf('<body')))}`, 'html');
  });
});
