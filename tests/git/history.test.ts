import { describe, test, expect } from '@jest/globals';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { VaultBuilder, writeFile } from './support/vaultBuilder';
import { git } from './support/nativeGit';
import { repoFor } from './support/repoFixture';

const SERVICE = 'Infra/Services/jellyfin.md';

function service(port: number, extra = ''): string {
  return `---\nstack: service\n# the media server\nurl: https://media.home.arpa\nport: ${port}\n${extra}---\n# Jellyfin\n`;
}

/** A vault whose service note changes over several commits: port, a rename, port again, another field. */
async function serviceWithHistory() {
  const dir = new VaultBuilder().file(SERVICE, service(8096)).file('Daily/today.md', 'today\n').build();
  const repo = repoFor(dir);
  const commits: string[] = [];
  const step = async (message: string, paths: string[]) => {
    const result = await repo.commit({ paths, message });
    if (result.status !== 'committed') throw new Error('expected a commit');
    commits.push(result.oid);
  };
  await repo.init();
  commits.push(git(dir, 'rev-parse', 'HEAD').trim());
  writeFile(dir, SERVICE, service(8920));
  await step('service: jellyfin port changed', [SERVICE]);
  writeFile(dir, 'Daily/today.md', 'today, edited\n');
  await step('note today', ['Daily/today.md']);
  fs.mkdirSync(path.join(dir, 'Infra/Media'), { recursive: true });
  fs.renameSync(path.join(dir, SERVICE), path.join(dir, 'Infra/Media/jellyfin.md'));
  await step('service: jellyfin moved', [SERVICE, 'Infra/Media/jellyfin.md']);
  writeFile(dir, 'Infra/Media/jellyfin.md', service(8921));
  await step('service: jellyfin port changed', ['Infra/Media/jellyfin.md']);
  writeFile(dir, 'Infra/Media/jellyfin.md', service(8921, 'deploy: compose\n'));
  await step('service: jellyfin deploy changed', ['Infra/Media/jellyfin.md']);
  return { dir, repo, commits };
}

describe('history of an item', () => {
  test('the history of a file lists the commits that changed it, newest first, across a rename, as git log --follow does', async () => {
    const { dir, repo } = await serviceWithHistory();

    const history = await repo.history('Infra/Media/jellyfin.md');

    const native = git(dir, 'log', '--follow', '--format=%H', '--', 'Infra/Media/jellyfin.md')
      .split('\n')
      .filter(Boolean);
    expect(history.map((h) => h.commit)).toEqual(native);
    expect(history.map((h) => [h.status, h.path])).toEqual([
      ['modified', 'Infra/Media/jellyfin.md'],
      ['modified', 'Infra/Media/jellyfin.md'],
      ['renamed', 'Infra/Media/jellyfin.md'],
      ['modified', SERVICE],
      ['added', SERVICE],
    ]);
    expect(history[2].from).toBe(SERVICE);
    expect(history[0]).toMatchObject({
      message: 'service: jellyfin deploy changed',
      author: { name: 'Tester', email: 'tester@example.org' },
    });
  });

  test('without follow, history stops at the rename', async () => {
    const { repo } = await serviceWithHistory();

    const history = await repo.history('Infra/Media/jellyfin.md', { follow: false });

    expect(history.map((h) => h.status)).toEqual(['modified', 'modified', 'added']);
  });

  test('a deleted file shows its deletion in the history of its old path', async () => {
    const { dir, repo } = await serviceWithHistory();
    fs.rmSync(path.join(dir, 'Daily/today.md'));
    await repo.commit({ paths: ['Daily/today.md'] });

    const history = await repo.history('Daily/today.md');

    expect(history.map((h) => h.status)).toEqual(['deleted', 'modified', 'added']);
  });

  test('field history reports each change of the port with commit, date, author, from and to', async () => {
    const { dir, repo, commits } = await serviceWithHistory();

    const changes = await repo.fieldHistory('Infra/Media/jellyfin.md', 'port');

    expect(changes.map((c) => [c.commit, c.from, c.to])).toEqual([
      [commits[4], 8920, 8921],
      [commits[1], 8096, 8920],
      [commits[0], undefined, 8096],
    ]);
    expect(changes[0].date).toBe(
      new Date(Number(git(dir, 'log', '-1', '--format=%at', commits[4]).trim()) * 1000).toISOString(),
    );
    expect(changes[0].author).toEqual({ name: 'Tester', email: 'tester@example.org' });
  });

  test('field history shows a field that appeared later as a change from undefined', async () => {
    const { repo, commits } = await serviceWithHistory();

    const changes = await repo.fieldHistory('Infra/Media/jellyfin.md', 'deploy');

    expect(changes.map((c) => [c.commit, c.from, c.to])).toEqual([[commits[5], undefined, 'compose']]);
  });

  test("a field's value at a commit is read for restoring, following renames", async () => {
    const { repo, commits } = await serviceWithHistory();

    expect(await repo.fieldValueAt('Infra/Media/jellyfin.md', 'port', commits[1])).toEqual({ ok: true, value: 8920 });
  });

  test('a field absent at that commit has the value undefined, so restoring removes it', async () => {
    const { repo, commits } = await serviceWithHistory();

    expect(await repo.fieldValueAt('Infra/Media/jellyfin.md', 'deploy', commits[4])).toEqual({
      ok: true,
      value: undefined,
    });
  });

  test('a commit before the file existed is a refusal saying so, not an exception', async () => {
    const dir = new VaultBuilder().file('a.md', 'a\n').build();
    const repo = repoFor(dir);
    await repo.init();
    const first = git(dir, 'rev-parse', 'HEAD').trim();
    writeFile(dir, 'b.md', '---\nx: 1\n---\n');
    await repo.commit({ paths: ['b.md'] });

    const restored = await repo.fieldValueAt('b.md', 'x', first);

    expect(restored).toEqual({
      ok: false,
      refusal: { code: 'NOT_AT_COMMIT', message: `b.md did not exist at commit ${first.slice(0, 7)}`, field: 'x' },
    });
  });
});
