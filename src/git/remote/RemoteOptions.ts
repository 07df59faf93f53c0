import type { AuthCallback, HttpClient, ProgressCallback } from 'isomorphic-git';
import type { GitFs } from '../GitFs';
import type { GitObjectCodec } from '../GitObjectCodec';

/** What every remote operation takes: the environment as parameters, like isomorphic-git. */
export interface RemoteOptions {
  /** node's `fs` in tests and the CLI, `vaultFs(adapter)` in Obsidian. */
  fs: GitFs;
  /** `isomorphic-git/http/node` in tests and the CLI, `requestUrlHttp(requestUrl)` in Obsidian. */
  http: HttpClient;
  /** The vault root (the working tree). */
  dir: string;
  /** Defaults to `<dir>/.git`. */
  gitdir?: string;
  /** The repository's shared isomorphic-git cache, when the caller keeps one. */
  cache?: object;
  /** Fast SHA-1/inflate/deflate, when the host has them (reading and hashing the files a pull checks and writes). */
  codec?: GitObjectCodec;
  /** Remote name; defaults to `origin`. */
  remote?: string;
  /** Branch, the same name locally and on the remote; defaults to the current branch (pull accepts only that one). */
  ref?: string;
  /** Supplies credentials when the server asks; see `tokenAuth`. */
  onAuth?: AuthCallback;
  /** A URL to use instead of the remote's configured one (the caller saves it once it worked). */
  url?: string;
  /** isomorphic-git's transfer progress (`phase`, `loaded`, `total`). */
  onProgress?: ProgressCallback;
}
