import { Platform } from 'obsidian';
import type { GitObjectCodec } from '../../git/GitObjectCodec';

/** What the codec uses of node's `crypto` and `zlib`. */
interface NodeHashing {
  createHash(algorithm: 'sha1'): { update(data: Uint8Array): { digest(encoding: 'hex'): string } };
}
interface NodeZlib {
  deflateSync(data: Uint8Array): Uint8Array;
  inflateSync(data: Uint8Array): Uint8Array;
}

// The CommonJS `require` Obsidian hands the plugin bundle; it resolves node builtins only in the desktop app.
declare const require: (id: string) => unknown;

/**
 * Node's SHA-1 and zlib as a {@link GitObjectCodec} in the desktop app, where Electron offers them
 * (5–10× faster per object than WebCrypto and `CompressionStream`); `undefined` on mobile, which
 * keeps the platform's (WebCrypto, `CompressionStream`). The modules are required only here, behind the platform check,
 * so the bundle never loads a node builtin at startup.
 */
export function desktopCodec(): GitObjectCodec | undefined {
  if (Platform.isDesktop && Platform.isDesktopApp) {
    try {
      const crypto = require('crypto') as NodeHashing;
      const zlib = require('zlib') as NodeZlib;
      return {
        sha1: (data) => crypto.createHash('sha1').update(data).digest('hex'),
        deflate: (data) => zlib.deflateSync(data),
        inflate: (data) => zlib.inflateSync(data),
      };
    } catch {
      // A desktop build without node integration: the platform's codec still works.
      return undefined;
    }
  }
  return undefined;
}
