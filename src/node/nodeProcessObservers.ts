import type { Observer } from '../core/observe/Observation';
import { SecretRefObserver } from '../core/observe/SecretRefObserver';
import { SnapshotObserver } from '../core/observe/SnapshotObserver';
import { nodeProcessHost, type NodeModules } from './nodeProcessHost';

/**
 * The process- and file-based observers (restic and borg snapshots, secret references) on Node:
 * the CLI, and the plugin on desktop. `env` is what the tools run with.
 */
export function nodeProcessObservers(
  modules: NodeModules,
  env: Readonly<Record<string, string | undefined>>,
): Observer[] {
  const host = nodeProcessHost(modules, env);
  return [new SnapshotObserver(host), new SecretRefObserver(host)];
}
