const encoder = typeof TextEncoder === 'undefined' ? null : new TextEncoder();
const decoder = typeof TextDecoder === 'undefined' ? null : new TextDecoder('utf-8');

/** UTF-8 encodes a string (by hand where TextEncoder is missing, as in Jest's jsdom environment). */
export function encodeUtf8(text: string): Uint8Array {
  if (encoder) return encoder.encode(text);
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0xfffd;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return Uint8Array.from(out);
}

/** Decodes UTF-8 bytes to a string (invalid sequences become U+FFFD). */
export function decodeUtf8(bytes: Uint8Array): string {
  if (decoder) return decoder.decode(bytes);
  let out = '';
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i];
    const n = b < 0x80 ? 0 : b >= 0xf0 ? 3 : b >= 0xe0 ? 2 : b >= 0xc0 ? 1 : -1;
    if (n < 0 || i + n >= bytes.length) {
      out += '\ufffd';
      i++;
      continue;
    }
    let c = n === 0 ? b : b & (0x3f >> n);
    for (let k = 1; k <= n; k++) c = (c << 6) | (bytes[i + k] & 63);
    out += String.fromCodePoint(c);
    i += n + 1;
  }
  return out;
}

/** Copies an ArrayBuffer or typed-array view into a fresh Uint8Array (works across realms). */
export function toBytes(data: ArrayBuffer | ArrayBufferView): Uint8Array {
  if (ArrayBuffer.isView(data))
    return new Uint8Array(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength));
  return new Uint8Array(data.slice(0));
}

/** Returns a fresh ArrayBuffer holding exactly these bytes. */
export function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

/** Concatenates two byte arrays. */
export function concatBytes(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}
