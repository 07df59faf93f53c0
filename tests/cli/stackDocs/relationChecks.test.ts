import { afterAll, describe, expect, test } from '@jest/globals';
import { run } from '../../../src/cli/run';
import { MemoryIo } from '../support/MemoryIo';
import { TempVault } from '../support/TempVault';

const cache = new TempVault('vault-stack-cache-');
const vault = new TempVault()
  .note('nas.md', ['stack: device'])
  .note('app.md', ['stack: service', 'host: "[[nas]]"'])
  .note('token.md', ['stack: secret', 'store: pass', 'ref: infra/token', 'used-by: ["[[app]]"]']);
afterAll(() => {
  cache.remove();
  vault.remove();
});

function check(env: Record<string, string> = {}, ...flags: string[]): { code: number; out: string; err: string } {
  const io = new MemoryIo(vault.root, { cacheHome: cache.root });
  Object.assign(io.env, env);
  const code = run(['check', ...flags], io);
  return { code, out: io.out, err: io.err };
}

describe('relation warnings in vault-stack check', () => {
  test('are warnings with the fix in words: they pass, and fail only with --strict', () => {
    expect(check()).toEqual({
      code: 0,
      out: [
        'app.md: backup: no backup covers this service; link one with `backup: "[[job]]"` or list the service in a backup\'s `covers` (warning)',
        'nas.md: bootstrap: 1 service runs here but the device has no `bootstrap` steps; list how to set it up again under `bootstrap:` (warning)',
        '',
      ].join('\n'),
      err: '0 errors, 2 warnings in 3 notes (3 items)\n',
    });
    expect(check({}, '--strict').code).toBe(1);
  });

  test('VAULT_STACK_RELATION_CHECKS chooses them: none, or a list', () => {
    expect(check({ VAULT_STACK_RELATION_CHECKS: 'none' }).out).toBe('');
    expect(check({ VAULT_STACK_RELATION_CHECKS: 'device-without-bootstrap' }).out).toMatch(
      /^nas\.md: bootstrap: [^\n]+\n$/,
    );
    expect(check({ VAULT_STACK_RELATION_CHECKS: 'no-such-check' })).toMatchObject({
      code: 2,
      err: expect.stringContaining('unknown check "no-such-check"'),
    });
  });

  test("the plugin's settings in the vault (in whatever config folder holds them) switch them off too", () => {
    vault.write(
      '.vault-config/plugins/vault-stack/data.json',
      JSON.stringify({ relationChecks: { 'service-without-backup': false } }),
    );

    expect(check().out).toMatch(/^nas\.md: bootstrap: [^\n]+\n$/);
  });
});
