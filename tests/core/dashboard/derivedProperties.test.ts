import { describe, expect, it } from '@jest/globals';
import { derivedProperties } from '../../../src/core/dashboard/derivedProperties';
import { parseQuery, runQuery } from '../../../src/core/query';
import { indexOf, NOW, TODAY } from './dashboardVault';

function titles(source: string): string[] {
  const index = indexOf();
  const parsed = parseQuery(source);
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('\n'));
  return runQuery(parsed.query, index.items(), {
    today: TODAY,
    now: NOW,
    derived: derivedProperties(index, TODAY, NOW),
  }).rows.map((r) => r.item.title);
}

describe('derivedProperties', () => {
  it('gives each kind its computed properties', () => {
    const index = indexOf();
    const derived = derivedProperties(index, TODAY, NOW);
    const at = (path: string, name: string): unknown => derived(index.get(path)!, name);

    expect(at('Tasks/File taxes.md', 'overdue')).toBe(true);
    expect(at('Tasks/File taxes.md', 'due_in')).toBe(-3);
    expect(at('Habits/Meditate.md', 'streak')).toBe(3);
    expect(at('Habits/Read.md', 'done_today')).toBe(true);
    expect(at('Infra/Backups/Restic NAS.md', 'state')).toBe('failed');
    expect(at('Infra/Secrets/Cloudflare token.md', 'rotation_due')).toBe(true);
    expect(at('Infra/Domains/example.org.md', 'expires_in')).toBe(12);
    expect(at('Infra/Devices/NAS.md', 'warranty_ends_in')).toBe(20);
  });

  it('gives undefined for a name the kind does not define, so the note property is read', () => {
    const index = indexOf();
    const derived = derivedProperties(index, TODAY, NOW);

    expect(derived(index.get('Tasks/File taxes.md')!, 'state')).toBeUndefined();
    expect(derived(index.get('Infra/Backups/Restic NAS.md')!, 'overdue')).toBeUndefined();
  });

  it('lets a query filter and sort on derived properties', () => {
    expect(titles('kind: task\nfilters: overdue')).toEqual(['File taxes']);
    expect(titles('kind: backup\nfilters: state != "ok"\nsort: [title]')).toEqual(['Photos offsite', 'Restic NAS']);
    expect(titles('kind: habit\nsort: [-streak, title]\nlimit: 2')).toEqual(['Meditate', 'Read']);
  });
});
