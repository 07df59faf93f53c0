import { join } from 'node:path';
import { loadVault, type LoadedVault } from '../../src/cli/vault/loadVault';
import { MemoryIo } from '../cli/support/MemoryIo';

/** The project's example vault folder. */
export const EXAMPLE_VAULT = join(__dirname, '../../examples/vault');

/** The example vault read by the CLI's own reader (no cache), as every host sees it. */
export function loadExampleVault(root = EXAMPLE_VAULT): LoadedVault {
  return loadVault(new MemoryIo(process.cwd(), { cacheHome: '/nonexistent' }), {
    vault: root,
    cache: false,
    toolVersion: 'test',
  });
}
