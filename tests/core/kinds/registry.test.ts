import { describe, expect, it } from '@jest/globals';
import { BUILTIN_KINDS } from '../../../src/core/model/Item';
import { groupOf, KIND_SPECS } from '../../../src/core/kinds/registry';
import {
  aBackup,
  aBookmark,
  aDevice,
  aDomain,
  aHabit,
  aKind,
  aNote,
  aSecret,
  aService,
  aTask,
  type NoteBuilder,
} from '../../builders/itemBuilders';

describe('kind registry', () => {
  it('groups the builtin kinds as DESIGN.md says', () => {
    expect(BUILTIN_KINDS.map((k) => [k, groupOf(k)])).toEqual([
      ['bookmark', 'knowledge'],
      ['habit', 'workflow'],
      ['task', 'workflow'],
      ['service', 'infra'],
      ['backup', 'infra'],
      ['secret', 'infra'],
      ['domain', 'infra'],
      ['device', 'infra'],
      ['kind', 'meta'],
    ]);
  });

  it('gives every field a type and a description, and every enum its values', () => {
    for (const kind of BUILTIN_KINDS) {
      for (const [name, spec] of Object.entries(KIND_SPECS[kind].fields)) {
        expect([kind, name, spec.description.length > 0]).toEqual([kind, name, true]);
        if (spec.type === 'enum') expect(spec.values?.length).toBeGreaterThan(1);
      }
    }
  });

  it('marks as required exactly the fields whose absence the parser reports', () => {
    for (const kind of BUILTIN_KINDS) {
      const required = Object.entries(KIND_SPECS[kind].fields)
        .filter(([, s]) => s.required)
        .map(([n]) => n);
      const reported = aNote(kind)
        .parse()
        .problems.filter((p) => p.message.startsWith('is required'))
        .map((p) => p.field);
      expect([kind, reported]).toEqual([kind, required]);
    }
  });

  it('lists in each enum exactly the values the parser accepts', () => {
    for (const kind of BUILTIN_KINDS) {
      for (const [name, spec] of Object.entries(KIND_SPECS[kind].fields)) {
        if (spec.type !== 'enum') continue;
        const message = aNote(kind)
          .with(name, 'definitely-not-allowed')
          .parse()
          .problems.find((p) => p.field === name)?.message;
        expect(message).toBe(`"definitely-not-allowed" is not one of: ${(spec.values ?? []).join(', ')}`);
      }
    }
  });
});

const VALID: Record<string, () => NoteBuilder> = {
  bookmark: aBookmark,
  habit: aHabit,
  task: aTask,
  service: aService,
  backup: aBackup,
  secret: aSecret,
  domain: aDomain,
  device: aDevice,
  kind: () => aKind('gear'),
};

describe('every field of every builtin kind', () => {
  it('reports a value of the wrong shape as exactly one error on that field, with a message not naming the field', () => {
    for (const kind of BUILTIN_KINDS) {
      for (const [name, spec] of Object.entries(KIND_SPECS[kind].fields)) {
        const bad = spec.type === 'fields' ? 5 : { wrong: 'shape' };
        const { problems } = VALID[kind]().with(name, bad).parse();
        expect([kind, name, problems.map((p) => [p.field, p.severity])]).toEqual([kind, name, [[name, 'error']]]);
        expect(problems[0]?.message.startsWith(`${name}:`)).toBe(false);
      }
    }
  });
});
