import { ItemIndex } from '../../../src/core/index/ItemIndex';
import { DEFAULT_SETTINGS, type VaultStackSettings } from '../../../src/settings/settings';
import { yamlNote } from '../../builders/markdownNote';
import { noteReadOf } from '../../../src/core/notes/readNote';

/** Saturday 28 November 2026, 09:00. */
export const TODAY = '2026-11-28';
export const NOW = '2026-11-28T09:00';

/** A small vault with something for every dashboard section, as YAML frontmatter per note. */
export const DASHBOARD_VAULT: Record<string, string> = {
  'Tasks/File taxes.md': 'stack: task\ndue: 2026-11-25\npriority: high\nproject: Admin',
  'Tasks/Pay rent.md': 'stack: task\ndue: 2026-11-28\nevery: month',
  'Tasks/Call plumber.md': 'stack: task\ndue: 2026-11-28T14:30\npriority: high',
  'Tasks/Order disks.md': 'stack: task\nstatus: doing\ndue: 2026-12-10',
  'Tasks/Clean garage.md': 'stack: task\nstatus: done\ndue: 2026-11-01\ndone: 2026-11-02',
  'Habits/Meditate.md': 'stack: habit\ngoal: daily\nlog: [2026-11-25, 2026-11-26, 2026-11-27]',
  'Habits/Read.md': 'stack: habit\ngoal: daily\nlog: [2026-11-27, 2026-11-28]',
  'Habits/Swim.md': 'stack: habit\ngoal: 3/week\nlog: [2026-11-23]',
  'Habits/Yoga.md': 'stack: habit\ngoal: [mon, wed]\nlog: [2026-11-25]',
  'Reading/Old post.md': 'stack: bookmark\nurl: https://www.blog.example.net/post\nadded: 2026-10-01',
  'Reading/New post.md': 'stack: bookmark\nurl: https://example.com/new\nadded: 2026-11-20\nstatus: reading',
  'Reading/Undated.md': 'stack: bookmark\nurl: https://example.com/undated',
  'Reading/Done.md': 'stack: bookmark\nurl: https://example.com/done\nstatus: read',
  'Infra/Devices/NAS.md': 'stack: device\nos: truenas\nwarranty: 2026-12-18',
  'Infra/Devices/Old laptop.md': 'stack: device\nwarranty: 2026-01-01',
  'Infra/Backups/Restic NAS.md':
    'stack: backup\ntool: restic\nevery: day\nlast-run: 2026-11-27T02:00\nlast-result: failed',
  'Infra/Backups/Docs sync.md': 'stack: backup\ntool: rclone\nevery: day\nlast-run: 2026-11-28T02:00\nlast-result: ok',
  'Infra/Backups/Photos offsite.md': 'stack: backup\ntool: rclone\nevery: week',
  'Infra/Secrets/Cloudflare token.md':
    'stack: secret\nstore: pass\nref: infra/cloudflare\nrotate: 90d\nrotated: 2026-08-20',
  'Infra/Secrets/DB password.md': 'stack: secret\nstore: sops\nref: db.yaml\nrotate: 1y\nrotated: 2026-01-15',
  'Infra/Secrets/Old VPN cert.md': 'stack: secret\nstore: age\nref: vpn/client.age\nexpires: 2026-11-26',
  'Infra/Domains/example.org.md': 'stack: domain\nname: example.org\nexpires: 2026-12-10\ntls-expires: 2026-12-02',
  'Infra/Services/Nextcloud.md':
    'stack: service\nurl: https://cloud.example.org\nhost: "[[NAS]]"\nbackup: "[[Restic NAS]]"\nsecrets: ["[[DB password]]", "[[Gone secret]]"]\ndomain: "[[example.org]]"',
  'Infra/Services/Pi-hole.md': 'stack: service\nurl: "javascript:alert(1)"',
  'Broken.md': 'stack: task\ndue: 2026-13-45',
};

/** An index of a vault given as YAML per path (the dashboard vault by default). */
export function indexOf(notes: Record<string, string> = DASHBOARD_VAULT): ItemIndex {
  const index = new ItemIndex();
  for (const [path, yaml] of Object.entries(notes)) {
    const note = yamlNote(path, yaml);
    index.upsert(path, noteReadOf(note.frontmatter, note.lines));
  }
  return index;
}

/** Default settings with some fields replaced. */
export function settingsWith(overrides: Partial<VaultStackSettings>): VaultStackSettings {
  return { ...DEFAULT_SETTINGS, ...overrides };
}
