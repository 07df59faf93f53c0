/** @jest-environment jsdom */
import './support/jsdomTextCodec';
import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { initialiseVault } from '../../../src/obsidian/git/initialiseVault';
import { ListModal } from '../../../src/obsidian/git/ListModal';
import { clearNotices, getOpenModals, noticeMessages, takeHandlerErrors } from '../../host/testing';
import { note, smallVault, versioningHarness } from './support/versioningHarness';
import { modalRows } from './support/waitFor';

/** A PEM private key block with a random body made for this run (not a real key). */
function fakeKeyLines(): string[] {
  return [
    '-----BEGIN OPENSSH PRIVATE KEY-----',
    ...(randomBytes(144)
      .toString('base64')
      .match(/.{1,64}/g) ?? []),
    '-----END OPENSSH PRIVATE KEY-----',
  ];
}

beforeEach(() => clearNotices());
afterEach(() => {
  for (const modal of getOpenModals()) modal.close();
  expect(takeHandlerErrors()).toEqual([]);
});

describe('the secret guard before every commit', () => {
  it('blocks a note with a private key, names file, line and reason in a Notice and a modal, and commits nothing', async () => {
    const { app, v } = await versioningHarness(smallVault(), { autoCommitDelaySeconds: 0 });
    await initialiseVault(v);
    await app.vault.createFolder('Devices');
    await app.vault.create(
      'Devices/NAS.md',
      note(['stack: device', 'os: debian'], ['Root key:', ...fakeKeyLines(), ''].join('\n')),
    );
    clearNotices();

    const result = await v.commitNow('manual');

    expect(result.status).toBe('blocked');
    expect(noticeMessages()).toEqual([
      'Commit blocked by the secret guard: Devices/NAS.md:6: OPENSSH private key block. Nothing was committed.',
    ]);
    const modal = getOpenModals().find((m) => m instanceof ListModal);
    expect(modal && modalRows(modal)).toEqual(['Devices/NAS.md, line 6']);
    expect(await v.repo.history('Devices/NAS.md')).toEqual([]);
    expect(v.tracker.pending()).toEqual(['Devices/NAS.md']);
    expect(v.statusLine()).toBe('1 change · committed 14:02');
  });

  it('lets an allowlisted file through', async () => {
    const { app, v } = await versioningHarness(smallVault(), {
      autoCommitDelaySeconds: 0,
      guardAllowlist: ['Devices/**'],
    });
    await initialiseVault(v);
    await app.vault.createFolder('Devices');
    await app.vault.create('Devices/NAS.md', note(['stack: device'], [...fakeKeyLines(), ''].join('\n')));

    const result = await v.commitNow('manual');

    expect(result.status).toBe('committed');
  });

  it('blocks the first commit of the initialise command too', async () => {
    const { v } = await versioningHarness({ ...smallVault(), 'Devices/NAS.md': [...fakeKeyLines(), ''].join('\n') });

    const result = await initialiseVault(v);

    expect(result).toEqual({ status: 'blocked' });
    expect(noticeMessages()).toContain(
      'Commit blocked by the secret guard: Devices/NAS.md:1: OPENSSH private key block. Nothing was committed.',
    );
    expect(await v.refreshVersioned()).toBe(false);
  });
});
