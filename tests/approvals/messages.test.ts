import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { git } from '../git/support/nativeGit';
import { runGitCli } from '../cli/git/support/runGitCli';
import { runCli } from '../cli/support/runCli';
import { EXAMPLE_VAULT } from '../support/exampleVault';
import { verifyApproved } from '../support/verifyApproved';

describe('problem messages (approved)', () => {
  // Every message the kinds, the note reader and the index give, from one folder of bad notes.
  const BAD_VAULT = join(__dirname, 'bad-vault');
  let cache: string;
  beforeAll(() => {
    cache = mkdtempSync(join(tmpdir(), 'vault-stack-approvals-cache-'));
  });
  afterAll(() => rmSync(cache, { recursive: true, force: true }));

  it('check on a folder of bad notes', () => {
    const run = runCli(['check', BAD_VAULT, '--no-cache'], { cacheHome: cache });

    expect(run.code).toBe(1);
    verifyApproved('problems', `${run.out}--- stderr\n${run.err.split(BAD_VAULT).join('bad-vault')}`);
  });
});

/** One change a person makes between two commits, named for the approved file. */
interface Step {
  name: string;
  edit: (vault: Vault) => void;
}

/** A scratch copy of examples/vault that steps edit in place. */
class Vault {
  constructor(readonly root: string) {}

  /** Replaces `from` with `to` in a note; throws when the note does not hold `from` (the fixture moved). */
  replace(path: string, from: string, to: string): void {
    const file = join(this.root, path);
    const text = readFileSync(file, 'utf8');
    if (!text.includes(from)) throw new Error(`${path} no longer holds ${JSON.stringify(from)}: update this step`);
    writeFileSync(file, text.replace(from, to));
  }

  /** Writes a note, creating its folder. */
  write(path: string, text: string): void {
    mkdirSync(dirname(join(this.root, path)), { recursive: true });
    writeFileSync(join(this.root, path), text);
  }

  /** Moves a note. */
  move(from: string, to: string): void {
    mkdirSync(dirname(join(this.root, to)), { recursive: true });
    renameSync(join(this.root, from), join(this.root, to));
  }

  /** Deletes a note. */
  remove(path: string): void {
    rmSync(join(this.root, path));
  }
}

const bookmark = (url: string): string => `---\nstack: bookmark\nurl: ${url}\nstatus: inbox\n---\n`;

/** A fixed set of changes, each committed on its own, in this order. */
const STEPS: Step[] = [
  {
    name: 'habit checked in',
    edit: (v) => v.replace('Habits/Meditate.md', '  - 2026-11-27\n', '  - 2026-11-27\n  - 2026-11-28\n'),
  },
  {
    name: 'task done',
    edit: (v) => v.replace('Tasks/Renew passport.md', 'status: todo\n', 'status: done\ndone: 2026-11-28\n'),
  },
  {
    name: 'bookmark read',
    edit: (v) => v.replace('Reading/Obsidian Bases.md', 'status: reading\n', 'status: read\nread: 2026-11-28\n'),
  },
  {
    name: 'service field changed',
    edit: (v) => v.replace('Infra/Services/Immich.md', 'expect: pong\n', 'expect: 200\n'),
  },
  {
    name: 'secret rotated',
    edit: (v) => v.replace('Infra/Secrets/Cloudflare API token.md', 'rotated: 2026-09-10\n', 'rotated: 2026-11-28\n'),
  },
  {
    name: 'three bookmarks added',
    edit: (v) =>
      ['a', 'b', 'c'].forEach((n) => v.write(`Reading/Inbox ${n}.md`, bookmark(`https://${n}.example.org/`))),
  },
  { name: 'item renamed', edit: (v) => v.move('Reading/Inbox a.md', 'Reading/Archive/Inbox a.md') },
  { name: 'item deleted', edit: (v) => v.remove('Reading/Inbox b.md') },
  { name: 'plain note edited', edit: (v) => v.replace('Daily/2026-11-28.md', '\n', '\nEdited.\n') },
  {
    name: 'items of two kinds and a plain note',
    edit: (v) => {
      v.replace('Habits/Practise Japanese.md', 'paused: 2026-11-02\n', '');
      v.replace('Tasks/Pay rent.md', 'status: todo\n', 'status: doing\n');
      v.replace('Daily/2026-11-27.md', '\n', '\nEdited.\n');
    },
  },
  {
    name: 'many files (listed in the body)',
    edit: (v) =>
      ['d', 'e', 'f', 'g', 'h'].forEach((n) => v.write(`Reading/Inbox ${n}.md`, bookmark(`https://${n}.example.org/`))),
  },
];

describe('commit messages (approved)', () => {
  let vault: Vault;
  beforeAll(async () => {
    vault = new Vault(mkdtempSync(join(tmpdir(), 'vault-stack-approvals-git-')));
    cpSync(EXAMPLE_VAULT, vault.root, { recursive: true });
    const init = await runGitCli(['init', vault.root]);
    if (init.code !== 0) throw new Error(init.err);
  });
  afterAll(() => rmSync(vault.root, { recursive: true, force: true }));

  it('for a fixed set of changes in examples/vault, each committed by `vault-stack commit`', async () => {
    const messages: string[] = [];
    for (const step of STEPS) {
      step.edit(vault);
      const commit = await runGitCli(['commit', vault.root]);
      if (commit.code !== 0) throw new Error(`${step.name}: ${commit.err}`);
      messages.push(`## ${step.name}\n${git(vault.root, 'log', '-1', '--format=%B').trimEnd()}\n`);
    }
    verifyApproved('commit-messages', messages.join('\n'));
  });
});
