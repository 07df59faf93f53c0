import { describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';
import { fieldSpecsOfUserKind } from '../../../src/core/actions/fieldSpecsOfUserKind';
import { newItemTemplate } from '../../../src/core/actions/newItemTemplate';
import { parseItem } from '../../../src/core/kinds/parseItem';
import { KIND_SPECS } from '../../../src/core/kinds/registry';
import { BUILTIN_KINDS } from '../../../src/core/model/Item';

const TODAY = '2026-11-28';

/** The frontmatter of a template, parsed by the real YAML parser. */
function frontmatterOf(text: string): Record<string, unknown> {
  const match = /^---\n([\s\S]*?)---\n/.exec(text);
  if (match === null) throw new Error('template has no frontmatter');
  return parse(match[1] ?? '', { schema: 'core' }) as Record<string, unknown>;
}

describe('newItemTemplate', () => {
  it('writes a habit with sensible defaults and the optional fields as comments', () => {
    expect(newItemTemplate('habit', KIND_SPECS.habit.fields, 'Meditate', TODAY)).toBe(
      [
        '---',
        'stack: habit',
        'title: Meditate',
        'created: 2026-11-28',
        'tags: []',
        'goal: daily',
        '# log: The days it was done ([YYYY-MM-DD])',
        'started: 2026-11-28',
        '# paused: Paused from this date (or true): no longer due, streak kept (YYYY-MM-DD or true)',
        '# time: Time spent: start/end intervals (start/.. while a timer runs) ([YYYY-MM-DDTHH:mm/YYYY-MM-DDTHH:mm])',
        '---',
        '',
        '',
      ].join('\n'),
    );
  });

  it('leaves required fields without a default empty, with a comment saying so', () => {
    const text = newItemTemplate('backup', KIND_SPECS.backup.fields, 'Nextcloud nightly', TODAY);
    expect(text).toContain(
      '\ntool:  # required: The backup tool (one of restic, borg, rclone, syncthing, snapshot, other)\n',
    );
    expect(text).toContain(
      '\nevery:  # required: How often it should run (day, week, month, year, weekday or "<n> days", optionally "when done")\n',
    );
    expect(frontmatterOf(text)).toEqual({
      stack: 'backup',
      title: 'Nextcloud nightly',
      created: TODAY,
      tags: [],
      tool: null,
      every: null,
    });
  });

  it('quotes a title that plain YAML would misread', () => {
    const text = newItemTemplate('task', KIND_SPECS.task.fields, 'Fix: the [[login]] bug', TODAY);
    expect(text).toContain('\ntitle: "Fix: the [[login]] bug"\n');
    expect(frontmatterOf(text)['title']).toBe('Fix: the [[login]] bug');
  });

  it('fills a domain name from a title that is a domain, and a kind name from its title', () => {
    expect(frontmatterOf(newItemTemplate('domain', KIND_SPECS.domain.fields, 'Example.org', TODAY))['name']).toBe(
      'example.org',
    );
    expect(frontmatterOf(newItemTemplate('kind', KIND_SPECS.kind.fields, 'Recipe Card', TODAY))).toMatchObject({
      name: 'recipe-card',
      group: 'other',
    });
  });

  it.each(BUILTIN_KINDS)(
    'writes a %s note that the kind parser reads with problems only for the required fields left empty',
    (kind) => {
      const frontmatter = frontmatterOf(newItemTemplate(kind, KIND_SPECS[kind].fields, 'example.com', TODAY));
      const { item, problems } = parseItem({ path: 'New.md', frontmatter }, new Map());
      const leftEmpty = Object.keys(KIND_SPECS[kind].fields).filter((name) => frontmatter[name] === null);
      expect(problems.map((p) => p.field).sort()).toEqual(leftEmpty.sort());
      if (leftEmpty.length === 0) expect(item?.kind).toBe(kind);
    },
  );

  it('writes a note of a user kind from its declared fields', () => {
    const specs = fieldSpecsOfUserKind({
      servings: { type: 'number', required: true },
      course: { type: 'enum', values: ['main', 'dessert'], required: false },
    });
    expect(newItemTemplate('recipe', specs, 'Pancakes', TODAY)).toBe(
      [
        '---',
        'stack: recipe',
        'title: Pancakes',
        'created: 2026-11-28',
        'tags: []',
        'servings:  # required: a number',
        '# course: one of main, dessert',
        '---',
        '',
        '',
      ].join('\n'),
    );
  });
});
