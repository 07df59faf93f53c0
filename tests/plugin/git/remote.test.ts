/** @jest-environment jsdom */
import './support/jsdomTextCodec';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { initialiseVault } from '../../../src/obsidian/git/initialiseVault';
import { ListModal } from '../../../src/obsidian/git/ListModal';
import { pullFromRemote, pushToRemote } from '../../../src/obsidian/git/syncWithRemote';
import { FrontmatterWriter } from '../../../src/obsidian/FrontmatterWriter';
import { Edits } from '../../../src/core/frontmatter/FrontmatterEdit';
import { GOOD, RemoteServer, nativeGit, writeNote, type RemoteFixture } from '../../git/remote/remoteFixture';
import {
  clearNotices,
  getOpenModals,
  noticeMessages,
  readVaultFile,
  setRequestHandler,
  takeHandlerErrors,
} from '../../host/testing';
import { loopbackHandler } from './support/loopbackHandler';
import { note, versioningHarness } from './support/versioningHarness';
import { modalRows } from './support/waitFor';

const SECRET_NAME = 'vault-stack-git-token';
const TASK = 'Tasks/Renew passport.md';

let server: RemoteServer;
let remote: RemoteFixture;

beforeAll(async () => {
  server = await RemoteServer.start();
  setRequestHandler(loopbackHandler);
});

afterAll(async () => {
  setRequestHandler(null);
  await server.close();
});

beforeEach(() => {
  clearNotices();
  remote = server.createRemote(null);
});

afterEach(() => {
  for (const modal of getOpenModals()) modal.close();
  expect(takeHandlerErrors()).toEqual([]);
});

/** A versioned host vault configured for the test remote, with the token in secret storage. */
async function configuredVault(token = GOOD.token) {
  const harness = await versioningHarness(
    { [TASK]: note(['stack: task', 'status: todo']) },
    {
      remoteUrl: remote.url,
      username: GOOD.username,
      tokenSecret: SECRET_NAME,
      autoCommitDelaySeconds: 0,
      autoCommitIntervalMinutes: 0,
    },
  );
  harness.app.secretStorage.setSecret(SECRET_NAME, token);
  await initialiseVault(harness.v);
  return harness;
}

describe('remotes from inside Obsidian', () => {
  it('pushes with the token from secret storage, and the token is nowhere in the vault or the plugin data', async () => {
    const { app, plugin, v } = await configuredVault();
    await plugin.saveData(plugin.settings);

    const result = await pushToRemote(v);

    expect(result).toMatchObject({ status: 'pushed', branch: 'main' });
    expect(remote.remoteHead()).toBe(nativeGit(remote.bare, 'rev-parse', 'main').trim());
    expect(noticeMessages()).toContain('Pushed main to the remote.');
    expect(remote.server.requests.filter((r) => r.method === 'POST').every((r) => r.authorized)).toBe(true);
    const everyFile = app.store.paths().filter((p) => app.store.get(p)?.kind === 'file');
    expect(everyFile).toEqual(
      expect.arrayContaining(['.git/config', `${app.vault.configDir}/plugins/vault-stack/data.json`]),
    );
    const holding: string[] = [];
    for (const path of everyFile) {
      const bytes = Buffer.from(await app.vault.adapter.readBinary(path));
      if (bytes.includes(GOOD.token)) holding.push(path);
    }
    expect(holding).toEqual([]);
    expect(
      JSON.parse(await app.vault.adapter.read(`${app.vault.configDir}/plugins/vault-stack/data.json`)),
    ).toMatchObject({ git: { tokenSecret: SECRET_NAME, username: GOOD.username } });
  });

  it('refuses a remote URL with credentials in it and writes it nowhere', async () => {
    const { app, plugin, v } = await configuredVault();
    plugin.settings.git.remoteUrl = remote.url.replace('http://', `http://${GOOD.username}:${GOOD.token}@`);

    const result = await pushToRemote(v);

    expect(result).toBeNull();
    expect(noticeMessages()).toContain(
      'Push failed: The remote URL contains credentials. Remove them from the URL and store the token in secret storage instead.',
    );
    expect(await app.vault.adapter.read('.git/config')).not.toContain(GOOD.token);
    expect(() => remote.remoteHead()).toThrow();
  });

  it('fails with a clear Notice, pushes nothing and saves no origin when the token is wrong', async () => {
    const { app, v } = await configuredVault('not-the-token');

    const result = await pushToRemote(v);

    expect(result).toBeNull();
    expect(noticeMessages()).toContain(
      'Push failed: The remote refused the credentials (HTTP 401): check the user name and token.',
    );
    expect(() => remote.remoteHead()).toThrow();
    expect(await app.vault.adapter.read('.git/config')).not.toContain('[remote');
  });

  it('refuses a file:// remote in one Notice naming http and https, as a refusal (no console error)', async () => {
    const { app, plugin, v } = await configuredVault();
    plugin.settings.git.remoteUrl = `file://${remote.bare}`;
    clearNotices();
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const debug = jest.spyOn(console, 'debug').mockImplementation(() => undefined);

    const result = await pushToRemote(v);

    expect(result).toBeNull();
    expect(noticeMessages()).toEqual([
      `Push failed: The remote file://${remote.bare} uses file://; only http and https remotes are supported.`,
    ]);
    expect(errors).not.toHaveBeenCalled();
    expect(debug).toHaveBeenCalledWith(
      'Vault Stack: Push failed: UNSUPPORTED_URL',
      expect.objectContaining({ code: 'UNSUPPORTED_URL' }),
    );
    expect(await app.vault.adapter.read('.git/config')).not.toContain('[remote');
    errors.mockRestore();
    debug.mockRestore();
  });

  it('pushes and pulls through the repository queue: a commit queued meanwhile waits for the push', async () => {
    const { app, v } = await configuredVault();
    await new FrontmatterWriter(app).apply(TASK, [Edits.set('status', 'doing')], 'Renew passport');

    const pushing = pushToRemote(v);
    const sizeDuring = v.repo.queue.size;
    await pushing;

    expect(sizeDuring).toBeGreaterThan(0);
    expect(remote.remoteHead()).toBe(nativeGit(remote.bare, 'rev-parse', 'main').trim());
  });

  it('shows the conflicting notes in a modal and changes nothing locally when a pull conflicts', async () => {
    const { app, v } = await configuredVault();
    await pushToRemote(v);
    const other = await remote.cloneVault('phone');
    writeNote(other, TASK, note(['stack: task', 'status: cancelled']));
    nativeGit(other, 'commit', '--quiet', '-am', 'cancelled on the phone');
    nativeGit(other, 'push', '--quiet', remote.bare, 'HEAD:main');
    await new FrontmatterWriter(app).apply(TASK, [Edits.set('status', 'done')], 'Renew passport');
    const localText = readVaultFile(app, TASK);
    clearNotices();

    const result = await pullFromRemote(v);

    expect(result?.status).toBe('conflict');
    const modal = getOpenModals().find((m) => m instanceof ListModal);
    expect(modal && modalRows(modal)).toEqual([TASK]);
    expect(noticeMessages()).toContain(
      'Pull stopped: 1 note changed both here and on the remote. Nothing was changed.',
    );
    expect(readVaultFile(app, TASK)).toBe(localText);
    expect((await v.repo.history(TASK))[0].message).toBe('task: Renew passport done');
  });

  it('pulls a change pushed from another device', async () => {
    const { app, v } = await configuredVault();
    await pushToRemote(v);
    const other = await remote.cloneVault('laptop');
    writeNote(other, TASK, note(['stack: task', 'status: doing']));
    nativeGit(other, 'commit', '--quiet', '-am', 'started on the laptop');
    nativeGit(other, 'push', '--quiet', remote.bare, 'HEAD:main');

    const result = await pullFromRemote(v);

    expect(result).toMatchObject({ status: 'fast-forward', changed: [TASK] });
    expect(readVaultFile(app, TASK)).toBe(note(['stack: task', 'status: doing']));
  });
});
