import { spawn } from 'node:child_process';
import { access, readFile } from 'node:fs/promises';
import type { Observer } from '../../core/observe/Observation';
import type { NodeModules } from '../../node/nodeProcessHost';
import { nodeProcessObservers } from '../../node/nodeProcessObservers';

/** Node's process and file functions, as the shared Node host takes them. */
export const CLI_NODE_MODULES: NodeModules = { spawn, access, readFile };

/** The observers that run programs and read files (restic, borg, secret references): the CLI's, with its environment. */
export function processObservers(): Observer[] {
  return nodeProcessObservers(CLI_NODE_MODULES, process.env);
}
