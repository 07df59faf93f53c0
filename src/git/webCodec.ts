import type { GitObjectCodec } from './GitObjectCodec';

/**
 * The codec for hosts without node (Obsidian mobile): the platform's native, asynchronous
 * `crypto.subtle.digest('SHA-1')` and `CompressionStream('deflate')` (zlib, RFC 1950). Each call
 * is a round trip to native code, so callers keep several objects in flight
 * ({@link OBJECTS_IN_FLIGHT}) rather than awaiting one at a time. `undefined` when the platform
 * lacks either (objects then go through isomorphic-git's own code).
 */
export function webCodec(): GitObjectCodec | undefined {
  const subtle = typeof crypto === 'undefined' ? undefined : crypto.subtle;
  if (subtle === undefined || typeof CompressionStream === 'undefined' || typeof Response === 'undefined')
    return undefined;
  return {
    async sha1(data) {
      return hex(new Uint8Array(await subtle.digest('SHA-1', data as Uint8Array<ArrayBuffer>)));
    },
    async deflate(data) {
      const stream = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new CompressionStream('deflate'));
      return new Uint8Array(await new Response(stream).arrayBuffer());
    },
  };
}

/** How many objects an import hashes and writes at once: enough to overlap an asynchronous codec's and fs's round trips. */
export const OBJECTS_IN_FLIGHT = 32;

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

function hex(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) out += HEX[byte];
  return out;
}
