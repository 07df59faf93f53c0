import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLI_NODE_MODULES } from '../../src/cli/observe/processObservers';
import { SecretRefObserver } from '../../src/core/observe/SecretRefObserver';
import { nodeProcessHost } from '../../src/node/nodeProcessHost';
import { yamlIndex } from '../builders/yamlIndex';
import { backupToolsAvailability, BackupWorld } from '../support/backupTools';

const tools = backupToolsAvailability();
if (!tools.run) console.warn(tools.reason);
const describeTools = tools.run ? describe : describe.skip;

const SOPS_YAML = [
  'db:',
  '    password: ENC[AES256_GCM,data:Zm9v,iv:YmFy,tag:YmF6,type:str]',
  'ADMIN_TOKEN: ENC[AES256_GCM,data:cXV4,iv:YmFy,tag:YmF6,type:str]',
  'sops:',
  '    age:',
  '        - recipient: age1qqqq',
  '    lastmodified: "2026-11-01T10:00:00Z"',
  '    version: 3.8.1',
  '',
].join('\n');

describeTools('secret references resolved without reading a value (real pass store, files, env)', () => {
  let world: BackupWorld;
  beforeAll(() => {
    world = new BackupWorld().initPass();
    world.passInsert('homelab/nextcloud/admin', 'hunter2\n');
    mkdirSync(join(world.dir, 'vault', 'secrets'), { recursive: true });
    writeFileSync(join(world.dir, 'vault', 'secrets', 'app.enc.yaml'), SOPS_YAML);
    writeFileSync(join(world.dir, 'vault', 'secrets', 'app.enc.env'), 'API_KEY=ENC[AES256_GCM,data:eA==]\n');
    writeFileSync(join(world.dir, 'key.age'), 'age-encryption.org/v1\n');
    world.env.SET_VARIABLE = 'x';
  }, 60_000);
  afterAll(() => world.remove());

  it('says ok, dangling or unknown for each store', async () => {
    const notes: Record<string, string> = {
      'pass ok.md': 'stack: secret\nstore: pass\nref: homelab/nextcloud/admin',
      'pass dangling.md': 'stack: secret\nstore: pass\nref: homelab/gone',
      'env ok.md': 'stack: secret\nstore: env\nref: SET_VARIABLE',
      'env dangling.md': 'stack: secret\nstore: env\nref: UNSET_VARIABLE',
      'sops ok.md': 'stack: secret\nstore: sops\nref: secrets/app.enc.yaml#db.password',
      'sops extract.md': 'stack: secret\nstore: sops\nref: secrets/app.enc.yaml#["ADMIN_TOKEN"]',
      'sops no key.md': 'stack: secret\nstore: sops\nref: secrets/app.enc.yaml#db.user',
      'sops metadata.md': 'stack: secret\nstore: sops\nref: secrets/app.enc.yaml#sops.version',
      'sops dotenv.md': 'stack: secret\nstore: sops\nref: secrets/app.enc.env#API_KEY',
      'sops no file.md': 'stack: secret\nstore: sops\nref: secrets/missing.yaml#x',
      'age ok.md': `stack: secret\nstore: age\nref: ${join(world.dir, 'key.age')}`,
      'bitwarden.md': 'stack: secret\nstore: bitwarden\nref: Homelab / restic',
    };
    const index = yamlIndex(notes);
    const ctx = { index, today: '2026-11-28', now: '2026-11-28T09:30', env: world.env, root: join(world.dir, 'vault') };
    const seen = await new SecretRefObserver(nodeProcessHost(CLI_NODE_MODULES, world.env)).observe(ctx);
    const vault = join(world.dir, 'vault');
    expect(Object.fromEntries(seen.map((o) => [o.path, `${o.status}: ${o.detail}`]))).toEqual({
      'age ok.md': `ok: ${join(world.dir, 'key.age')} exists`,
      'bitwarden.md': 'unknown: a bitwarden reference cannot be checked without unlocking bitwarden',
      'env dangling.md': 'failed: dangling: the environment variable UNSET_VARIABLE is not set',
      'env ok.md': 'ok: SET_VARIABLE is set',
      'pass dangling.md': `failed: dangling: no homelab/gone.gpg in the pass store at ${world.env.PASSWORD_STORE_DIR}`,
      'pass ok.md': 'ok: homelab/nextcloud/admin is in the pass store',
      'sops dotenv.md': `ok: API_KEY is in ${vault}/secrets/app.enc.env`,
      'sops extract.md': `ok: ADMIN_TOKEN is in ${vault}/secrets/app.enc.yaml`,
      'sops metadata.md': `failed: dangling: ${vault}/secrets/app.enc.yaml has no key sops.version`,
      'sops no file.md': `failed: dangling: no sops file at ${vault}/secrets/missing.yaml`,
      'sops no key.md': `failed: dangling: ${vault}/secrets/app.enc.yaml has no key db.user`,
      'sops ok.md': `ok: db.password is in ${vault}/secrets/app.enc.yaml`,
    });
  });

  it('calls a missing password store missing', async () => {
    const index = yamlIndex({ 's.md': 'stack: secret\nstore: pass\nref: a/b' });
    const env = { ...world.env, PASSWORD_STORE_DIR: join(world.dir, 'no-store') };
    const seen = await new SecretRefObserver(nodeProcessHost(CLI_NODE_MODULES, env)).observe({
      index,
      today: '2026-11-28',
      now: '2026-11-28T09:30',
      env,
    });
    expect(seen[0]).toMatchObject({ status: 'failed', detail: `no password store at ${join(world.dir, 'no-store')}` });
  });
});
