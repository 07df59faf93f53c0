import { afterAll } from '@jest/globals';
import { cpSync } from 'node:fs';
import { EXAMPLE_VAULT } from '../../support/exampleVault';
import { runCli } from '../support/runCli';
import { TempVault } from '../support/TempVault';

/** A copy of the example vault (without its dot folders) and an in-process CLI with a private cache; both removed after the file's tests. */
export function exampleCopy(): { root: string; cli: (...argv: string[]) => ReturnType<typeof runCli> } {
  const cache = new TempVault('vault-stack-cache-');
  const copy = new TempVault();
  cpSync(EXAMPLE_VAULT, copy.root, { recursive: true, filter: (src) => !/[/\\]\.[^/\\]+$/.test(src) });
  afterAll(() => {
    cache.remove();
    copy.remove();
  });
  return { root: copy.root, cli: (...argv) => runCli(argv, { cacheHome: cache.root }) };
}
