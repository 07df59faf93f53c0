import { describe, expect, it } from '@jest/globals';
import { buildDashboard } from '../../../src/core/dashboard/buildDashboard';
import type { ImpactSection } from '../../../src/core/dashboard/DashboardModel';
import { impactSection } from '../../../src/core/dashboard/impactSection';
import { ItemIndex } from '../../../src/core/index/ItemIndex';
import { noteReadOf } from '../../../src/core/notes/readNote';
import { DEFAULT_SETTINGS } from '../../../src/settings/settings';
import { yamlNote } from '../../builders/markdownNote';

function indexOf(notes: Record<string, string>): ItemIndex {
  const index = new ItemIndex();
  for (const [path, yaml] of Object.entries(notes)) {
    const note = yamlNote(path, yaml);
    index.upsert(path, noteReadOf(note.frontmatter, note.lines));
  }
  return index;
}

const stack = indexOf({
  'Infra/nas.md': 'stack: device',
  'Infra/Nextcloud.md': 'stack: service\nhost: "[[nas]]"\nsecrets: ["[[Admin password]]"]',
  'Infra/Nightly.md': 'stack: backup\ntool: restic\nevery: day\ncovers: ["[[Nextcloud]]"]',
  'Infra/Admin password.md': 'stack: secret\nstore: pass\nref: nextcloud/admin',
  'Infra/A.md': 'stack: task\ndepends: "[[B]]"',
  'Infra/B.md': 'stack: task\ndepends: "[[A]]"',
});
stack.upsert('Home.md', { type: 'plain' });

describe('the impact section: what depends on the open note and what it needs', () => {
  it("lists a device's dependents transitively, nearest first, each with the chain of relations", () => {
    const section = impactSection(stack, 'Infra/nas.md');

    expect(section.heading).toBe('Impact of nas');
    expect(section.item).toEqual({ path: 'Infra/nas.md', title: 'nas', kind: 'device' });
    expect(section.dependents.map((r) => [r.title, r.kind, r.via])).toEqual([
      ['Nextcloud', 'service', 'Nextcloud runs on nas'],
      ['Nightly', 'backup', 'Nightly covers Nextcloud, which runs on nas'],
    ]);
    expect(section.dependencies).toEqual([]);
    expect(section.totals).toEqual({ dependents: 2, dependencies: 0 });
  });

  it('lists what a service needs, and a dependency cycle once', () => {
    expect(impactSection(stack, 'Infra/Nextcloud.md').dependencies.map((r) => r.via)).toEqual([
      'Nextcloud uses Admin password',
      'Nextcloud runs on nas',
    ]);
    expect(impactSection(stack, 'Infra/A.md').cycles).toEqual(['A → B → A']);
  });

  it('says nothing is known for a plain note or no open note', () => {
    for (const active of ['Home.md', null]) {
      const section = impactSection(stack, active);
      expect(section.item).toBeNull();
      expect(section.dependents).toEqual([]);
    }
  });

  it('is in the dashboard only where the host has an open note (the plugin), not on the static page', () => {
    const ctx = { today: '2026-11-28', now: '2026-11-28T09:00', settings: DEFAULT_SETTINGS };
    const impactOf = (activePath?: string | null): ImpactSection | undefined =>
      buildDashboard(stack, { ...ctx, activePath }).sections.find((s): s is ImpactSection => s.id === 'impact');

    expect(impactOf(undefined)).toBeUndefined();
    expect(impactOf(null)?.item).toBeNull();
    expect(impactOf('Infra/nas.md')?.totals.dependents).toBe(2);
  });
});
