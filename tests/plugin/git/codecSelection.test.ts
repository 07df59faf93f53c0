/** @jest-environment jsdom */
import './support/jsdomTextCodec';
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { rmSync } from 'node:fs';
import { Platform } from 'obsidian';
import { Edits } from '../../../src/core/frontmatter/FrontmatterEdit';
import { FrontmatterWriter } from '../../../src/obsidian/FrontmatterWriter';
import { initialiseVault } from '../../../src/obsidian/git/initialiseVault';
import { fsck, git, porcelain } from '../../git/support/nativeGit';
import { clearNotices, takeHandlerErrors } from '../../host/testing';
import { copyVaultOut, smallVault, versioningHarness } from './support/versioningHarness';

// The very module object the plugin's guarded `require` gets (an ES namespace import would be a copy).
const nodeZlib = require('zlib') as typeof import('zlib');
const { webcrypto } = require('node:crypto') as typeof import('node:crypto');
const { CompressionStream: CompressionStreamWeb } = require('node:stream/web') as typeof import('node:stream/web');

const copies: string[] = [];
const desktopApp = Platform.isDesktopApp;

/**
 * Spies (passing through) on node's deflate, to see whether the plugin's object writes go through
 * it; isomorphic-git itself never calls it (it deflates with pako or `CompressionStream`), while
 * under jest it may hash with node's `createHash`, so SHA-1 calls cannot tell the paths apart.
 */
function watchNodeDeflate(): () => number {
  const deflate = jest.spyOn(nodeZlib, 'deflateSync');
  return () => deflate.mock.calls.length;
}

/** The loose objects in a repository, as native git counts them. */
function looseObjects(dir: string): number {
  return Number(/^count: (\d+)$/m.exec(git(dir, 'count-objects', '-v'))?.[1]);
}

/** Initialises the host vault, edits a habit and commits it; returns a native copy of the vault. */
async function initEditAndCommit(): Promise<string> {
  const { app, v } = await versioningHarness(smallVault(), { autoCommitDelaySeconds: 0 });
  await initialiseVault(v);
  await new FrontmatterWriter(app).apply('Habits/Meditate.md', [Edits.append('log', '2026-11-28', true)], 'Meditate');
  const result = await v.commitNow('manual');
  expect(result.status).toBe('committed');
  const dir = await copyVaultOut(app);
  copies.push(dir);
  return dir;
}

beforeEach(() => clearNotices());
afterEach(() => {
  (Platform as { isDesktopApp: boolean }).isDesktopApp = desktopApp;
  jest.restoreAllMocks();
  expect(takeHandlerErrors()).toEqual([]);
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('choosing how the plugin hashes and compresses git objects', () => {
  it('in the desktop app, every object goes through node’s crypto and zlib, and native git finds them sound', async () => {
    (Platform as { isDesktopApp: boolean }).isDesktopApp = true;
    const deflateCalls = watchNodeDeflate();

    const dir = await initEditAndCommit();

    expect(deflateCalls()).toBe(looseObjects(dir));
    expect(looseObjects(dir)).toBeGreaterThan(10);
    expect(git(dir, 'rev-list', '--count', 'HEAD').trim()).toBe('2');
    expect(fsck(dir)).toBe('');
    expect(porcelain(dir)).toEqual([]);
  });

  it('outside the desktop app (mobile), objects go through the platform’s WebCrypto SHA-1 and CompressionStream, never node’s zlib', async () => {
    (Platform as { isDesktopApp: boolean }).isDesktopApp = false;
    // Obsidian's mobile WebView has WebCrypto and CompressionStream; jsdom's window lacks them, so give it node's (the same web APIs).
    const g = window as unknown as Record<string, unknown>;
    const saved = { CompressionStream: g.CompressionStream, crypto: g.crypto };
    let compressions = 0;
    g.CompressionStream = class extends CompressionStreamWeb {
      constructor(format: 'deflate') {
        super(format);
        compressions++;
      }
    };
    Object.defineProperty(window, 'crypto', { value: webcrypto, configurable: true });
    const digest = jest.spyOn(webcrypto.subtle, 'digest');
    const deflateCalls = watchNodeDeflate();
    try {
      const dir = await initEditAndCommit();

      expect(deflateCalls()).toBe(0);
      expect(compressions).toBe(looseObjects(dir));
      expect(digest.mock.calls.length).toBeGreaterThanOrEqual(looseObjects(dir));
      expect(looseObjects(dir)).toBeGreaterThan(10);
      expect(git(dir, 'rev-list', '--count', 'HEAD').trim()).toBe('2');
      expect(fsck(dir)).toBe('');
      expect(porcelain(dir)).toEqual([]);
    } finally {
      g.CompressionStream = saved.CompressionStream;
      Object.defineProperty(window, 'crypto', { value: saved.crypto, configurable: true });
    }
  });

  it('without WebCrypto or CompressionStream, objects go through isomorphic-git and node’s zlib is never called', async () => {
    (Platform as { isDesktopApp: boolean }).isDesktopApp = false;
    const g = window as unknown as Record<string, unknown>;
    const saved = g.CompressionStream;
    delete g.CompressionStream;
    const deflateCalls = watchNodeDeflate();
    try {
      const dir = await initEditAndCommit();

      expect(deflateCalls()).toBe(0);
      expect(looseObjects(dir)).toBeGreaterThan(10);
      expect(git(dir, 'rev-list', '--count', 'HEAD').trim()).toBe('2');
      expect(fsck(dir)).toBe('');
      expect(porcelain(dir)).toEqual([]);
    } finally {
      if (saved !== undefined) g.CompressionStream = saved;
    }
  });
});
