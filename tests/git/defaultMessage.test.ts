import { describe, expect, test } from '@jest/globals';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { exampleVault, writeFile } from './support/vaultBuilder';
import { git } from './support/nativeGit';
import { repoFor } from './support/repoFixture';
import { ChangeTracker } from '../../src/git/ChangeTracker';

async function vault() {
  const dir = exampleVault().build();
  const repo = repoFor(dir);
  await repo.init();
  return { dir, repo };
}

const subject = (dir: string) => git(dir, 'log', '-1', '--format=%s').trim();

describe('the default commit message, read from the notes themselves', () => {
  test('a habit check-in reads "habit: meditate checked in <date>"', async () => {
    const { dir, repo } = await vault();
    writeFile(
      dir,
      'Habits/meditate.md',
      '---\nstack: habit\ngoal: daily\nlog: ["2026-11-26", "2026-11-27", "2026-11-28"]\n---\n',
    );

    await repo.commit({ paths: ['Habits/meditate.md'] });

    expect(subject(dir)).toBe('habit: meditate checked in 2026-11-28');
  });

  test('reads the kind as the index does: `stack: Habit` behind a `--- ` opener is still a habit check-in', async () => {
    const { dir, repo } = await vault();
    writeFile(
      dir,
      'Habits/meditate.md',
      '--- \r\nstack: Habit\r\ngoal: daily\r\nlog: ["2026-11-26", "2026-11-27", "2026-11-28"]\r\n---\r\n',
    );

    await repo.commit({ paths: ['Habits/meditate.md'] });

    // The value's case did change (habit → Habit), and says so.
    expect(subject(dir)).toBe('habit: meditate checked in 2026-11-28, stack changed');
  });

  test('a service port change names the field, and the title comes from the frontmatter when set', async () => {
    const { dir, repo } = await vault();
    writeFile(
      dir,
      'Infra/Services/jellyfin.md',
      '---\nstack: service\ntitle: Jellyfin\nurl: "https://media.home.arpa"\nport: 8920\nhost: "[[nas]]"\ndeploy: compose\n---\n# Jellyfin\n',
    );

    await repo.commit({ paths: ['Infra/Services/jellyfin.md'] });

    expect(subject(dir)).toBe('service: Jellyfin title, port changed');
  });

  test('a rename reported by vault events reads "moved"; a plain note gets a file list', async () => {
    const { dir, repo } = await vault();
    const tracker = new ChangeTracker();
    fs.mkdirSync(path.join(dir, 'Archive'));
    fs.renameSync(path.join(dir, 'Tasks/renew passport.md'), path.join(dir, 'Archive/renew passport.md'));
    tracker.renamed('Tasks/renew passport.md', 'Archive/renew passport.md');
    writeFile(dir, 'Daily/2026-11-28.md', '# Friday, edited\n');
    tracker.modified('Daily/2026-11-28.md');

    await repo.commit(tracker.take());

    expect(subject(dir)).toBe('task: renew passport moved; note 2026-11-28');
  });

  test('an identical file deleted and added elsewhere is seen as a move without rename events', async () => {
    const { dir, repo } = await vault();
    fs.renameSync(path.join(dir, 'Infra/Devices/nas.md'), path.join(dir, 'Infra/nas.md'));

    await repo.commit({ paths: ['Infra/Devices/nas.md', 'Infra/nas.md'] });

    expect(subject(dir)).toBe('device: nas moved');
  });
});
