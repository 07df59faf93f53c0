import { ItemIndex } from '../../../src/core/index/ItemIndex';
import { yamlNote } from '../../builders/markdownNote';
import { noteReadOf } from '../../../src/core/notes/readNote';

/** Today and now in the fixture vault: Saturday 28 November 2026, 09:00. */
export const TODAY = '2026-11-28';
export const NOW = '2026-11-28T09:00';

/** A small personal vault, as YAML frontmatter per note: 19 items and one plain note. */
export const VAULT: Record<string, string> = {
  'Tasks/File taxes.md': 'stack: task\ndue: 2026-11-25\npriority: high',
  'Tasks/Renew passport.md': 'stack: task\ndue: 2026-11-28',
  'Tasks/Migrate Nextcloud.md': 'stack: task\ndue: 2026-11-27\ndepends: ["[[Order disks]]"]',
  'Tasks/Order disks.md': 'stack: task\nstatus: doing\ndue: 2026-12-10',
  'Tasks/Clean garage.md': 'stack: task\nstatus: done\ndue: 2026-11-01\ndone: 2026-11-02',
  'Habits/Meditate.md': 'stack: habit\ngoal: daily\nlog: [2026-11-25, 2026-11-26, 2026-11-27]',
  'Habits/Stretch.md': 'stack: habit\ngoal: daily\nstarted: 2026-11-20\nlog: []',
  'Habits/Read.md': 'stack: habit\ngoal: daily\nlog: [2026-11-27, 2026-11-28]',
  'Infra/Backups/Restic NAS.md':
    'stack: backup\ntool: restic\nevery: day\nlast-run: 2026-11-27T02:00\nlast-result: failed',
  'Infra/Backups/Borg laptop.md': 'stack: backup\ntool: borg\nevery: day\nlast-run: 2026-11-25T02:00\nlast-result: ok',
  'Infra/Backups/Photos offsite.md': 'stack: backup\ntool: rclone\nevery: week',
  'Infra/Backups/Docs sync.md': 'stack: backup\ntool: rclone\nevery: day\nlast-run: 2026-11-28T02:00\nlast-result: ok',
  'Infra/Secrets/Cloudflare token.md':
    'stack: secret\nstore: pass\nref: infra/cloudflare\nrotate: 90d\nrotated: 2026-08-20',
  'Infra/Secrets/Old VPN cert.md': 'stack: secret\nstore: age\nref: vpn/client.age\nexpires: 2026-11-26',
  'Infra/Domains/example.org.md': 'stack: domain\nname: example.org\nexpires: 2026-12-10\ntls-expires: 2026-12-02',
  'Infra/Domains/family.net.md': 'stack: domain\nname: family.net\nexpires: 2026-12-05\nauto-renew: true',
  'Infra/Devices/NAS.md': 'stack: device\nos: truenas\nwarranty: 2026-12-18',
  'Infra/Services/Nextcloud.md': 'stack: service\nurl: https://cloud.example.org\nhost: "[[Old NAS]]"',
  'Bookmarks/Old blog.md': 'stack: bookmark\nurl: https://blog.example.net/post\ndead: 2026-11-20',
  'Journal/2026-11-28.md': 'mood: fine',
};

/** An index of the fixture vault, notes added in the given order. */
export function fixtureIndex(paths: readonly string[] = Object.keys(VAULT)): ItemIndex {
  const index = new ItemIndex();
  for (const path of paths) {
    const note = yamlNote(path, VAULT[path] ?? '');
    index.upsert(path, noteReadOf(note.frontmatter, note.lines));
  }
  return index;
}
