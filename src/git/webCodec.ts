import type { GitObjectCodec } from './GitObjectCodec';

/**
 * The codec for hosts without node (Obsidian mobile): the platform's native, asynchronous
 * `crypto.subtle.digest('SHA-1')` and `CompressionStream('deflate')` (zlib, RFC 1950). Each call
 * is a round trip to native code, so callers keep several objects in flight
 * ({@link OBJECTS_IN_FLIGHT}) rather than awaiting one at a time. `undefined` when the platform
 * lacks either (objects are then hashed and deflated in plain JavaScript: `fallbackCodec`).
 */
export function webCodec(): GitObjectCodec | undefined {
  const subtle = typeof crypto === 'undefined' ? undefined : crypto.subtle;
  if (subtle === undefined || typeof CompressionStream === 'undefined') return undefined;
  return {
    async sha1(data) {
      return hex(new Uint8Array(await subtle.digest('SHA-1', data as Uint8Array<ArrayBuffer>)));
    },
    deflate,
  };
}

async function deflate(data: Uint8Array): Promise<Uint8Array> {
  const zlib = new CompressionStream('deflate');
  const writer = zlib.writable.getWriter();
  // Written and closed without waiting: the writes settle as the reader below drains the stream.
  void writer.write(data as Uint8Array<ArrayBuffer>).catch(() => undefined);
  void writer.close().catch(() => undefined);
  const reader = zlib.readable.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    chunks.push(read.value);
    length += read.value.length;
  }
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** How many objects an import hashes and writes at once: enough to overlap an asynchronous codec's and fs's round trips. */
export const OBJECTS_IN_FLIGHT = 32;

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

function hex(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) out += HEX[byte];
  return out;
}
