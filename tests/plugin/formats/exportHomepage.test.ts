/** @jest-environment jsdom */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { parse } from 'yaml';
import { answerPrompt, loadedPlugin, run, settled } from '../support/pluginHarness';
import { clearNotices, noticeMessages, readVaultFile, takeHandlerErrors } from '../../host/testing';

const FILES = {
  'Devices/nas.md': '---\nstack: device\n---\n',
  'Services/Immich.md':
    '---\nstack: service\nurl: https://photos.example.org\nhost: "[[nas]]"\nicon: immich.png\n---\nPhotos.\n',
  'Services/Pi-hole.md': '---\nstack: service\nurl: http://pi.lan/admin\nhealth: false\n---\n',
};

beforeEach(() => clearNotices());
afterEach(() => expect(takeHandlerErrors()).toEqual([]));

describe('Export Homepage services', () => {
  test('writes services.yaml where the user says, creating the folder, and overwrites it the next time', async () => {
    const { app } = await loadedPlugin(FILES);

    run(app, 'export-homepage-services');
    expect(answerPrompt('Homepage/config/services.yaml')).toBe('');
    await settled(app);
    const first = readVaultFile(app, 'Homepage/config/services.yaml');
    await app.vault.create(
      'Services/Jellyfin.md',
      '---\nstack: service\nurl: http://nas.lan:8096\nhost: "[[nas]]"\n---\n',
    );
    await settled(app);
    run(app, 'export-homepage-services');
    answerPrompt('Homepage/config/services.yaml');
    await settled(app);

    expect(parse(first)).toEqual([
      {
        nas: [
          {
            Immich: {
              href: 'https://photos.example.org',
              icon: 'immich.png',
              siteMonitor: 'https://photos.example.org',
            },
          },
        ],
      },
      { Services: [{ 'Pi-hole': { href: 'http://pi.lan/admin' } }] },
    ]);
    expect(
      (parse(readVaultFile(app, 'Homepage/config/services.yaml')) as Record<string, unknown[]>[])[0].nas,
    ).toHaveLength(2);
    expect(noticeMessages()).toEqual([
      'Exported 2 services to Homepage/config/services.yaml.',
      'Exported 3 services to Homepage/config/services.yaml.',
    ]);
  });

  test('offers services.yaml at the vault root, and refuses a path outside the vault or not YAML', async () => {
    const { app } = await loadedPlugin(FILES);
    run(app, 'export-homepage-services');
    expect(answerPrompt('../services.yaml')).toBe('Give a path inside the vault.');
    expect(answerPrompt('services.json')).toBe('Homepage reads a .yaml file: end the name with .yaml.');
    expect(answerPrompt('services.yaml')).toBe('');
    await settled(app);
    expect(readVaultFile(app, 'services.yaml')).toContain('- nas:\n');
  });
});
