import { afterAll, describe, expect, test } from '@jest/globals';
import { EXAMPLE_VAULT } from '../../support/exampleVault';
import { runCli } from '../support/runCli';
import { TempVault } from '../support/TempVault';

const cache = new TempVault('vault-stack-cache-');
afterAll(() => cache.remove());
const cli = (...argv: string[]): ReturnType<typeof runCli> => runCli(argv, { cacheHome: cache.root });

describe('vault-stack impact', () => {
  test('lists what depends on a device and how, by note name', () => {
    const result = cli('impact', 'pi', EXAMPLE_VAULT);

    expect(result.code).toBe(0);
    expect(result.out).toBe(
      [
        'pi (device, Infra/Devices/pi.md)',
        '',
        'Depends on it (5):',
        '  Pi-hole (service): Pi-hole runs on pi',
        '  Vaultwarden (service): Vaultwarden runs on pi',
        '  Vaultwarden to borg (backup): Vaultwarden to borg covers Pi-hole, which runs on pi',
        '  example-home.net (domain): example-home.net points at Vaultwarden, which runs on pi',
        '  Porkbun domains (subscription): Porkbun domains links to example-home.net through service, which points at Vaultwarden, which runs on pi',
        '',
        'It depends on: nothing',
        '',
      ].join('\n'),
    );
    expect(result.err).toBe('5 dependents, 0 dependencies\n');
  });

  test('--json gives the chains and cycles as data', () => {
    const result = cli('impact', 'Infra/Services/Vaultwarden.md', EXAMPLE_VAULT, '--json');

    const data = JSON.parse(result.out) as { dependencies: { path: string; chain: unknown[] }[]; cycles: unknown[] };
    expect(data.dependencies.map((d) => d.path)).toEqual([
      'Infra/Devices/pi.md',
      'Infra/Secrets/Vaultwarden admin token.md',
    ]);
    expect(data.dependencies[0].chain).toEqual([
      { dependent: 'Infra/Services/Vaultwarden.md', dependency: 'Infra/Devices/pi.md', relation: 'runs on' },
    ]);
    expect(data.cycles).toEqual([]);
  });

  test('a cycle is printed once', () => {
    const vault = new TempVault()
      .note('a.md', ['stack: task', 'depends: ["[[b]]"]'])
      .note('b.md', ['stack: task', 'depends: ["[[a]]"]']);
    try {
      expect(cli('impact', 'a', vault.root).out).toContain('Cycles (1):\n  a → b → a\n');
    } finally {
      vault.remove();
    }
  });

  test('an unknown note, a plain note and a missing argument are usage errors (exit 2)', () => {
    expect(cli('impact', 'no such note', EXAMPLE_VAULT)).toMatchObject({
      code: 2,
      err: expect.stringContaining('no note called "no such note"'),
    });
    expect(cli('impact', 'Homelab.md', EXAMPLE_VAULT)).toMatchObject({
      code: 2,
      err: expect.stringContaining('Homelab.md is not an item'),
    });
    expect(cli('impact')).toMatchObject({ code: 2, err: expect.stringContaining('impact needs a note') });
  });
});
