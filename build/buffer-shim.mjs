// Injected into the plugin bundle: isomorphic-git uses Node's global `Buffer`, which Obsidian
// mobile does not have. The npm `buffer` package provides the same API in plain JavaScript.
export { Buffer } from 'buffer/';
