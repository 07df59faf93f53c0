import { describe, expect, test } from '@jest/globals';
import { bootstrapChecklist } from '../../../src/core/bootstrap/bootstrapChecklist';
import { isKind } from '../../../src/core/model/Item';
import { indexWith, note } from '../index/indexBuilder';
import { loadExampleVault } from '../../support/exampleVault';

const index = loadExampleVault().index;

describe('bootstrap checklist', () => {
  test.each(['Infra/Devices/nas.md', 'Infra/Devices/pi.md'])(
    'the checklist for %s lists every hosted service, its secrets, its backups and their secrets',
    (device) => {
      const text = bootstrapChecklist(index, device) ?? '';
      // The oracle reads the notes' own fields, not the relation code under test.
      const services = index
        .byKind('service')
        .filter(
          (s) => isKind(s, 'service') && s.data.host !== undefined && index.resolve(s.data.host, s.path) === device,
        );
      const secrets = index
        .byKind('secret')
        .filter((x) =>
          services.some(
            (s) =>
              (isKind(s, 'service') && s.data.secrets.some((l) => index.resolve(l, s.path) === x.path)) ||
              (isKind(x, 'secret') && x.data.usedBy.some((l) => index.resolve(l, x.path) === s.path)),
          ),
        );
      const backups = index
        .byKind('backup')
        .filter((b) =>
          services.some(
            (s) =>
              (isKind(b, 'backup') && b.data.covers.some((l) => index.resolve(l, b.path) === s.path)) ||
              (isKind(s, 'service') && s.data.backup !== undefined && index.resolve(s.data.backup, s.path) === b.path),
          ),
        );

      expect(services.length).toBeGreaterThan(0);
      for (const s of services) expect(text).toContain(`- [ ] Deploy [[${s.path.replace(/\.md$/, '')}|${s.title}]]`);
      for (const x of secrets) expect(text).toContain(`- [ ] Provide [[${x.path.replace(/\.md$/, '')}|${x.title}]]`);
      for (const b of backups) expect(text).toContain(`from [[${b.path.replace(/\.md$/, '')}|${b.title}]] with `);
    },
  );

  test('the NAS checklist in full: own steps first, then each service in order, secrets as references only', () => {
    expect(bootstrapChecklist(index, 'Infra/Devices/nas.md')).toBe(
      [
        'Rebuild [[Infra/Devices/nas|nas]] (Debian 12, server) in this order; tick each step as you go.',
        '',
        '## The device',
        '',
        '- [ ] Install Debian from the netinst USB',
        '- [ ] Run the ansible playbook in homelab/site.yml',
        '- [ ] Restore /srv from the restic repository',
        '',
        '## Home Assistant',
        '',
        '- [ ] Deploy [[Infra/Services/Home Assistant|Home Assistant]] with compose (no `source` recorded)',
        '- [ ] Provide [[Infra/Secrets/Home Assistant long-lived token|Home Assistant long-lived token]] to Home Assistant: pass `homelab/home-assistant/token`',
        '- [ ] Restore Home Assistant from [[Infra/Backups/NAS nightly to B2|NAS nightly to B2]] with restic from `b2:homelab-backups:/nas` (unlock with [[Infra/Secrets/Restic repository password|Restic repository password]]: bitwarden `Homelab / restic B2 repository`)',
        '',
        '## Immich',
        '',
        '- [ ] Deploy [[Infra/Services/Immich|Immich]] with compose from `homelab/immich/docker-compose.yml`',
        '- [ ] Restore Immich from [[Infra/Backups/Photos to external disk|Photos to external disk]] with rclone from `/mnt/external/photos`',
        '- [ ] Repoint [[Infra/Domains/example-home.net|example-home.net]] (DNS at Cloudflare) to Immich',
        '',
        '## Nextcloud',
        '',
        '- [ ] Deploy [[Infra/Services/Nextcloud|Nextcloud]] with compose from `homelab/nextcloud/docker-compose.yml`',
        '- [ ] Provide [[Infra/Secrets/Nextcloud admin password|Nextcloud admin password]] to Nextcloud: pass `homelab/nextcloud/admin`',
        '- [ ] Restore Nextcloud from [[Infra/Backups/NAS nightly to B2|NAS nightly to B2]] with restic from `b2:homelab-backups:/nas` (unlock with [[Infra/Secrets/Restic repository password|Restic repository password]]: bitwarden `Homelab / restic B2 repository`)',
        '- [ ] Repoint [[Infra/Domains/example-home.net|example-home.net]] (DNS at Cloudflare) to Nextcloud',
      ].join('\n'),
    );
  });

  test('a device with no steps and no services says so; a non-device has no checklist', () => {
    const small = indexWith({ 'd.md': note.device(), 's.md': note.service() });

    expect(bootstrapChecklist(small, 'd.md')).toContain('No `bootstrap` steps in the device note yet');
    expect(bootstrapChecklist(small, 'd.md')).toContain('No service names this device as its `host`.');
    expect(bootstrapChecklist(small, 's.md')).toBeNull();
  });

  test('a reference with backticks stays inline code, and nothing but the reference is printed', () => {
    const small = indexWith({
      'd.md': note.device(),
      's.md': note.service({ host: '[[d]]', secrets: ['[[k]]'] }),
      'k.md': note.secret({ ref: 'vault `kv` path', store: 'env' }),
    });

    expect(bootstrapChecklist(small, 'd.md')).toContain('- [ ] Provide [[k|k]] to s: env `` vault `kv` path ``');
  });
});
