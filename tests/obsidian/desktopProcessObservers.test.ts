import { afterEach, describe, expect, it } from '@jest/globals';
import { Platform } from 'obsidian';
import { desktopProcessObservers } from '../../src/obsidian/desktopProcessObservers';
import { yamlIndex } from '../builders/yamlIndex';

describe('process-based observers in the plugin', () => {
  const desktop = Platform.isDesktop;
  afterEach(() => {
    Platform.isDesktop = desktop;
  });

  it('are the snapshot and secret-reference observers on desktop, and work there', async () => {
    const observers = desktopProcessObservers();
    expect(observers.map((o) => o.check)).toEqual(['snapshot', 'secret-ref']);
    const index = yamlIndex({ 'Token.md': 'stack: secret\nstore: env\nref: PATH' });
    const seen = await observers[1].observe({
      index,
      today: '2026-11-28',
      now: '2026-11-28T09:30',
      env: { PATH: '/bin' },
    });
    expect(seen).toEqual([
      { path: 'Token.md', check: 'secret-ref', status: 'ok', at: '2026-11-28T09:30', detail: 'PATH is set' },
    ]);
  });

  it('are none on mobile', () => {
    Platform.isDesktop = false;
    expect(desktopProcessObservers()).toEqual([]);
  });
});
