import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadVault, type LoadedVault } from '../../src/cli/vault/loadVault';
import { completeInlineTask } from '../../src/core/inline/completeInlineTask';
import { readTaskLine } from '../../src/core/inline/readTaskLine';
import { parseTasksRule } from '../../src/core/inline/tasksRecurrence';
import { isRefusal } from '../../src/core/model/Refusal';
import { MemoryIo } from './support/MemoryIo';
import { TempVault } from './support/TempVault';

/**
 * Obsidian Tasks' own sample vault (`resources/sample_vaults/Tasks-Demo` in its repository), read
 * in place from a clone or mirror named by VAULT_STACK_TASKS_REPO. Its files are copied to a
 * temporary vault for the run and never committed here. CI reaches only the npm and Debian
 * registries, not GitHub, so there (as on any machine without a clone) it is skipped with a notice.
 */
const REPO = process.env.VAULT_STACK_TASKS_REPO;
const DEMO = 'resources/sample_vaults/Tasks-Demo';

function git(args: string[], input?: string): string {
  return execFileSync('git', ['-C', REPO as string, ...args], { input, encoding: 'utf8', maxBuffer: 64 << 20 });
}

/** Copies the demo vault's notes and Tasks settings out of the repository into a temporary vault. */
function demoVault(): TempVault {
  const paths = git(['ls-tree', '-r', '--name-only', 'HEAD', DEMO])
    .split('\n')
    .filter((p) => p.endsWith('.md') || p.endsWith('obsidian-tasks-plugin/data.json'));
  const vault = new TempVault('vault-stack-tasks-demo-');
  for (const path of paths) vault.write(path.slice(DEMO.length + 1), git(['show', `HEAD:${path}`]));
  return vault;
}

const available = REPO !== undefined && existsSync(REPO);
if (!available)
  process.stderr.write(
    "Tasks' sample vault: skipped (set VAULT_STACK_TASKS_REPO to a clone of github.com/obsidian-tasks-group/obsidian-tasks to run it)\n",
  );

(available ? describe : describe.skip)("Obsidian Tasks' sample vault (Tasks-Demo)", () => {
  let vault: TempVault;
  let loaded: LoadedVault;
  beforeAll(() => {
    vault = demoVault();
    loaded = loadVault(new MemoryIo(vault.root), { vault: vault.root, cache: false, toolVersion: 'test' });
  });
  afterAll(() => vault.remove());

  it('reads its Tasks settings: only lines with the global filter #task are tasks', () => {
    const tasks = loaded.index.byKind('task');
    expect(loaded.index.tasksSettings).toMatchObject({ present: true, globalFilter: '#task' });
    expect(tasks.length).toBeGreaterThan(500);
    for (const t of tasks) expect(t.inline?.text).toContain('#task');
    expect(tasks.every((t) => !t.tags.includes('task'))).toBe(true);
  });

  it('titles every task with the description Tasks shows (its settings remove the global filter)', () => {
    for (const t of loaded.index.byKind('task')) {
      const inline = t.inline;
      if (inline === undefined) throw new Error('not inline');
      const read = readTaskLine(inline.text, loaded.index.tasksSettings);
      const shown = (read?.fields.description ?? '')
        .replace(/(^|\s)#task($|\s)/gu, '$1$2')
        .replace('  ', ' ')
        .trim();
      expect(t.title).toBe(shown);
    }
  });

  it('completes every open task whose rule it computes, and the written lines read back as Tasks would read them', () => {
    const settings = loaded.index.tasksSettings;
    const refusedRules = new Set<string>();
    let recurring = 0;
    for (const t of loaded.index.byKind('task')) {
      const inline = t.inline;
      if (inline === undefined || t.data.type !== 'task' || t.data.status === 'done') continue;
      const result = completeInlineTask(inline.text, { ...inline, line: 1 }, '2026-12-03', settings);
      if (isRefusal(result)) {
        expect(['INLINE_TASK_RULE', 'INLINE_TASK_BAD_DATE']).toContain(result.code);
        if (result.code === 'INLINE_TASK_RULE') refusedRules.add(inline.recurrence ?? '');
        continue;
      }
      const lines = result.text.split('\n');
      const description = readTaskLine(inline.text, settings)?.fields.description;
      if (inline.text.includes('🏁 delete')) {
        // The completed line goes; only a next occurrence stays.
        expect(lines.every((l) => !l.startsWith('- [x]'))).toBe(true);
        continue;
      }
      const done = readTaskLine(lines[lines.length - 1], settings);
      expect(done?.parts.symbol).toBe('x');
      expect(done?.fields.done?.date).toBe('2026-12-03');
      expect(done?.fields.description).toBe(description);
      if (lines.length === 2) {
        recurring++;
        const next = readTaskLine(lines[0], settings);
        expect(next?.parts.symbol).toBe(' ');
        expect(next?.fields.description).toBe(description);
        expect(parseTasksRule(next?.fields.recurrence ?? '')).toMatchObject({ text: next?.fields.recurrence });
      }
    }
    expect(recurring).toBeGreaterThan(20);
    expect([...refusedRules].sort()).toEqual(['every April and December on the 1st and 24th']);
  });

  it('warns about the demo’s deliberately invalid dates, on their lines', () => {
    for (const p of loaded.problems) {
      expect(p).toMatchObject({ severity: 'warning' });
      expect(p.line).toBeGreaterThan(0);
      expect(p.message).toContain('is not a date');
    }
  });
});
