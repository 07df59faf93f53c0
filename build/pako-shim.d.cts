/** zlib inflate (RFC 1950/1951) and stored-block deflate in plain JavaScript (see pako-shim.cjs). */
export function inflate(input: Uint8Array): Uint8Array;
export function deflate(input: Uint8Array): Uint8Array;
