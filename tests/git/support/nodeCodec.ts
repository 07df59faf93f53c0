import { createHash } from 'node:crypto';
import { deflateSync, inflateSync } from 'node:zlib';
import type { GitObjectCodec } from '../../../src/git/GitObjectCodec';

/** Node's SHA-1 and zlib, as the CLI and desktop Obsidian can pass them. */
export const nodeCodec: GitObjectCodec = {
  sha1: (data) => createHash('sha1').update(data).digest('hex'),
  deflate: (data) => deflateSync(data),
  inflate: (data) => inflateSync(data),
};
