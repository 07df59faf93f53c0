import { Platform } from 'obsidian';
import type { Observer } from '../core/observe/Observation';
import type { NodeModules } from '../node/nodeProcessHost';
import { nodeProcessObservers } from '../node/nodeProcessObservers';

// The CommonJS `require` Obsidian hands the plugin bundle; it resolves node builtins only in the desktop app.
declare const require: (id: string) => unknown;

/** What the observers use of node's `child_process`, `fs` and `process`. */
interface NodeBuiltins {
  childProcess: { spawn: NodeModules['spawn'] };
  fs: { promises: Pick<NodeModules, 'access' | 'readFile'> };
  process: { env: Record<string, string | undefined> };
}

/**
 * The process-based observers (restic and borg snapshots, secret references) in the desktop app,
 * where Electron offers node's `child_process` and `fs` (DESIGN.md §5); none on mobile. The modules
 * are required only here, behind the platform check, so the bundle never loads a node builtin at
 * startup. They run with Obsidian's environment: a tool not on that PATH is reported "not installed".
 */
export function desktopProcessObservers(): Observer[] {
  if (Platform.isDesktop && Platform.isDesktopApp) {
    try {
      const childProcess = require('child_process') as NodeBuiltins['childProcess'];
      const fs = require('fs') as NodeBuiltins['fs'];
      const process = require('process') as NodeBuiltins['process'];
      const modules: NodeModules = {
        spawn: childProcess.spawn,
        access: fs.promises.access,
        readFile: fs.promises.readFile,
      };
      return nodeProcessObservers(modules, process.env);
    } catch {
      // A desktop build without node integration: only the HTTP observers run.
      return [];
    }
  }
  return [];
}
