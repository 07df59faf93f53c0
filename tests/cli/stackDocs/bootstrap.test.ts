import { describe, expect, test } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exampleCopy } from './exampleCopy';

const { root, cli } = exampleCopy();
const checklist = join(root, 'Infra/Devices/pi bootstrap.md');

describe('vault-stack bootstrap', () => {
  test('prints the checklist of a device named by its note', () => {
    const result = cli('bootstrap', 'pi', root);

    expect(result.code).toBe(0);
    expect(result.out).toContain('- [ ] Flash the SD card with rpi-imager\n');
    expect(result.out).toContain(
      '- [ ] Deploy [[Infra/Services/Vaultwarden|Vaultwarden]] with compose (no `source` recorded)\n',
    );
    expect(result.out).toContain(
      '- [ ] Provide [[Infra/Secrets/Vaultwarden admin token|Vaultwarden admin token]] to Vaultwarden: sops `homelab/vaultwarden/secrets.enc.yaml#ADMIN_TOKEN`\n',
    );
  });

  test('--write creates the note beside the device; regenerating keeps the ticks of steps that remain', () => {
    const first = cli('bootstrap', 'pi', root, '--write');
    writeFileSync(
      checklist,
      readFileSync(checklist, 'utf8')
        .replace('- [ ] Flash the SD card', '- [x] Flash the SD card')
        .replace('- [ ] Deploy [[Infra/Services/Pi-hole', '- [x] Deploy [[Infra/Services/Pi-hole'),
    );
    const device = join(root, 'Infra/Devices/pi.md');
    writeFileSync(
      device,
      readFileSync(device, 'utf8').replace(
        '  - Copy docker-compose.yml',
        '  - Set a static IP\n  - Copy docker-compose.yml',
      ),
    );
    writeFileSync(
      join(root, 'Infra/Services/Pi-hole.md'),
      readFileSync(join(root, 'Infra/Services/Pi-hole.md'), 'utf8').replace('deploy: manual', 'deploy: compose'),
    );

    const second = cli('bootstrap', 'pi', root, '--write');
    const text = readFileSync(checklist, 'utf8');

    expect([first.code, first.err]).toEqual([0, 'Infra/Devices/pi bootstrap.md: created\n']);
    expect([second.code, second.err]).toEqual([0, 'Infra/Devices/pi bootstrap.md: updated\n']);
    expect(text).toMatch(/^# Bootstrap pi\n\n%% vault-stack:begin bootstrap hash=\w+ %%\n/);
    expect(text).toContain(
      '- [x] Flash the SD card with rpi-imager\n- [ ] Set a static IP\n- [ ] Copy docker-compose.yml',
    );
    expect(text).toContain('- [ ] Deploy [[Infra/Services/Pi-hole|Pi-hole]] with compose');
    expect(cli('bootstrap', 'pi', root, '--write').err).toBe(
      'Infra/Devices/pi bootstrap.md: up to date, nothing written\n',
    );
  });

  test('a note that is not a device is a usage error', () => {
    expect(cli('bootstrap', 'Nextcloud', root)).toMatchObject({
      code: 2,
      err: expect.stringContaining('Infra/Services/Nextcloud.md is a service, not a device'),
    });
  });
});
