import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runAsync } from '../../../src/cli/run';
import { MemoryIo } from '../support/MemoryIo';
import { TempVault } from '../support/TempVault';

const U1 = '296d835e-8f85-4224-8f36-c612cad1b9f8';
const U2 = 'a1111111-a111-4111-a111-a11111111111';

/** Two tasks as `task export` writes them (UTC dates; the test process runs in UTC unless TZ says otherwise). */
function exported(overrides: Record<string, unknown> = {}): string {
  const tasks = [
    {
      id: 1,
      description: 'Pay rent',
      due: '20261205T000000Z',
      entry: '20261120T093000Z',
      priority: 'H',
      project: 'Home',
      status: 'pending',
      tags: ['home', 'money'],
      uuid: U1,
      urgency: 9.1,
      ...overrides,
    },
    {
      id: 2,
      description: 'Call plumber',
      depends: [U1],
      entry: '20261121T000000Z',
      status: 'pending',
      uuid: U2,
      urgency: 1,
    },
  ];
  return `[\n${tasks.map((t) => JSON.stringify(t)).join(',\n')}\n]\n`;
}

describe('vault-stack import taskwarrior', () => {
  let vault: TempVault;
  let file: string;
  const savedTz = process.env.TZ;

  beforeEach(() => {
    process.env.TZ = 'UTC';
    vault = new TempVault();
    vault.note('Tasks/Existing.md', ['stack: task', 'due: 2026-12-01']);
    file = join(vault.root, '..', `${vault.root.split('/').pop()}-export.json`);
  });
  afterEach(() => {
    process.env.TZ = savedTz;
    vault.remove();
  });

  async function cli(...args: string[]): Promise<{ code: number; io: MemoryIo }> {
    const io = new MemoryIo(vault.root);
    const code = await runAsync(['import', 'taskwarrior', file, vault.root, '--no-cache', ...args], io);
    return { code, io };
  }
  const read = (path: string): string => readFileSync(join(vault.root, path), 'utf8');
  const stateFile = (): string => join(vault.root, '.obsidian/plugins/vault-stack/state/imports/taskwarrior.json');

  it('prints what a dry run would create and writes nothing', async () => {
    writeFileSync(file, exported());
    const { code, io } = await cli('--dry-run');
    expect(code).toBe(0);
    expect(io.lines()).toEqual(['create    Tasks/Pay rent.md', 'create    Tasks/Call plumber.md']);
    expect(io.err).toContain('would create 2, update 0, unchanged 0, conflicts 0 (dry run: nothing written)');
    expect(readdirSync(join(vault.root, 'Tasks'))).toEqual(['Existing.md']);
    expect(existsSync(stateFile())).toBe(false);
  });

  it('creates notes from the template with every field, saves the state, and a second run changes nothing', async () => {
    writeFileSync(file, exported());
    expect((await cli()).code).toBe(0);
    const rent = read('Tasks/Pay rent.md');
    expect(rent).toMatch(/^---\nstack: task\ntitle: Pay rent\ncreated: 2026-11-20T09:30\ntags: \[home, money\]\n/);
    for (const line of ['status: todo', 'due: 2026-12-05', 'priority: high', 'project: Home', `uuid: ${U1}`])
      expect(rent).toContain(`\n${line}\n`);
    expect(read('Tasks/Call plumber.md')).toContain('\ndepends: ["[[Pay rent]]"]\n');
    expect(JSON.parse(readFileSync(stateFile(), 'utf8'))).toMatchObject({
      version: 1,
      records: { [U1]: { due: '2026-12-05' } },
    });

    const before = [read('Tasks/Pay rent.md'), read('Tasks/Call plumber.md')];
    const again = await cli();
    expect(again.code).toBe(0);
    expect(again.io.lines()).toEqual(['unchanged Tasks/Pay rent.md', 'unchanged Tasks/Call plumber.md']);
    expect([read('Tasks/Pay rent.md'), read('Tasks/Call plumber.md')]).toEqual(before);
  });

  it('updates only what the source changed, and reports a field changed on both sides as a conflict (exit 1)', async () => {
    writeFileSync(file, exported());
    await cli();
    writeFileSync(
      join(vault.root, 'Tasks/Pay rent.md'),
      read('Tasks/Pay rent.md').replace('priority: high', 'priority: low # not that urgent'),
    );
    writeFileSync(file, exported({ due: '20261207T000000Z' }));
    const updated = await cli();
    expect(updated.code).toBe(0);
    expect(updated.io.lines()[0]).toBe('update    Tasks/Pay rent.md (due)');
    expect(read('Tasks/Pay rent.md')).toContain('\ndue: 2026-12-07\n');
    expect(read('Tasks/Pay rent.md')).toContain('\npriority: low # not that urgent\n');

    writeFileSync(
      join(vault.root, 'Tasks/Pay rent.md'),
      read('Tasks/Pay rent.md').replace('due: 2026-12-07', 'due: 2026-12-08'),
    );
    writeFileSync(file, exported({ due: '20261209T000000Z' }));
    const conflict = await cli();
    expect(conflict.code).toBe(1);
    expect(conflict.io.lines()[0]).toBe(
      'conflict  Tasks/Pay rent.md: due: vault "2026-12-08", incoming "2026-12-09" (left as it is)',
    );
    expect(read('Tasks/Pay rent.md')).toContain('\ndue: 2026-12-08\n');
  });

  it('refuses bad input naming the entry, and writes nothing (exit 2)', async () => {
    writeFileSync(file, exported({ due: 'next friday' }));
    const { code, io } = await cli();
    expect(code).toBe(2);
    expect(io.err).toContain(
      'entry 1: "due" "next friday" is not a Taskwarrior date (YYYYMMDDTHHMMSSZ, such as 20261201T000000Z)',
    );
    expect(io.err).toContain('1 entry cannot be read; nothing was imported');
    expect(readdirSync(join(vault.root, 'Tasks'))).toEqual(['Existing.md']);
    expect(existsSync(stateFile())).toBe(false);
  });
});
