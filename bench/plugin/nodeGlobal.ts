import { runInThisContext } from 'node:vm';

/**
 * Node's global object, for installing what Obsidian provides as globals (`sleep`, a DOM). The
 * bench runs in Node with no popout windows; lint keeps `globalThis` out of plugin-side code.
 */
export const nodeGlobal = runInThisContext('this') as Record<string, unknown>;
