import { describe, expect, it } from '@jest/globals';
import { userKindFieldSpecs } from '../../../src/core/kinds/kind';
import { aKind, aNote, userKindsOf } from '../../builders/itemBuilders';

const recipeKind = () =>
  aKind('recipe', {
    cuisine: ['Thai', 'italian'],
    'serves!': 'number',
    cooked: 'date',
    source: 'url',
    needs: 'links',
    steps: 'list',
    vegan: 'boolean',
    prep: 'duration',
    pantry: 'link!',
    notes: 'String',
  })
    .with('group', 'Kitchen')
    .item<'kind'>();

describe('kind declarations', () => {
  it('reads name, group and field types; "!" on the type or the field name marks it required', () => {
    const kind = recipeKind();
    expect(kind.group).toBe('meta');
    expect(kind.data).toEqual({
      type: 'kind',
      name: 'recipe',
      group: 'kitchen',
      fields: {
        cuisine: { type: 'enum', values: ['Thai', 'italian'], required: false },
        serves: { type: 'number', required: true },
        cooked: { type: 'date', required: false },
        source: { type: 'url', required: false },
        needs: { type: 'links', required: false },
        steps: { type: 'list', required: false },
        vegan: { type: 'boolean', required: false },
        prep: { type: 'duration', required: false },
        pantry: { type: 'link', required: true },
        notes: { type: 'string', required: false },
      },
    });
  });

  it('describes its fields in the builtin schema shape', () => {
    const specs = userKindFieldSpecs(recipeKind().data);
    expect(specs.serves).toEqual({ type: 'number', required: true, description: 'number, required' });
    expect(specs.notes).toEqual({ type: 'text', required: false, description: 'string' });
    expect(specs.cuisine).toEqual({
      type: 'enum',
      required: false,
      values: ['Thai', 'italian'],
      description: 'one of Thai, italian',
    });
  });

  it('marks a list of allowed values required with "!" on the field name', () => {
    expect(aKind('tea', { 'kind!': ['green', 'black'] }).item<'kind'>().data.fields.kind).toEqual({
      type: 'enum',
      values: ['green', 'black'],
      required: true,
    });
  });

  it('defaults the group to other and lowercases the name', () => {
    expect(aKind('Recipe').without('fields').item<'kind'>().data).toEqual({
      type: 'kind',
      name: 'recipe',
      group: 'other',
      fields: {},
    });
  });

  it('refuses a name that shadows a builtin kind', () => {
    const { item, problems } = aKind('task').parse();
    expect(item).toBeNull();
    expect(problems).toEqual([
      expect.objectContaining({ field: 'name', message: '"task" is a builtin kind; choose another name' }),
    ]);
  });

  it.each([['my recipe'], ['1st'], [42], [['a']]])('refuses the name %p', (name) => {
    const { item, problems } = aKind('x').with('name', name).parse();
    expect(item).toBeNull();
    expect(problems.map((p) => p.field)).toEqual(['name']);
  });

  it('requires a name', () => {
    const { item, problems } = aKind('x').without('name').parse();
    expect(item).toBeNull();
    expect(problems[0]?.message).toMatch(/^is required \(a kind needs a name/);
  });

  it('reports each bad field declaration and keeps the good ones', () => {
    const { item, problems } = aKind('gear', {
      weight: 'number',
      colour: 'colour',
      stack: 'string',
      size: [],
      bits: [{ a: 1 }],
    }).parse();
    expect(Object.keys((item?.data as { fields: object }).fields)).toEqual(['weight']);
    expect(problems.map((p) => p.field)).toEqual(['fields.colour', 'fields.stack', 'fields.size', 'fields.bits']);
    expect(problems[0]?.message).toContain('string, number, boolean, date, datetime, duration, url, link, links, list');
  });

  it('reports fields that are not a map', () => {
    expect(
      aKind('gear')
        .with('fields', ['a', 'b'])
        .parse()
        .problems.map((p) => p.field),
    ).toEqual(['fields']);
  });

  it('stores a field named __proto__ as plain data', () => {
    const kind = aKind('odd', JSON.parse('{"__proto__": "string!"}') as Record<string, unknown>).item<'kind'>();
    expect(Object.keys(kind.data.fields)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(kind.data.fields)).toBe(Object.prototype);
  });
});

describe('items of a user kind', () => {
  it('validates against the declaration and takes the declared group', () => {
    const kinds = userKindsOf(recipeKind());
    const item = aNote('Recipe', 'Food/Pad thai.md')
      .with('cuisine', 'thai')
      .with('serves', 2)
      .with('cooked', '2026-11-20')
      .with('source', 'https://example.com/pad-thai')
      .with('needs', ['[[Rice noodles]]'])
      .with('steps', 'Soak noodles')
      .with('vegan', false)
      .with('prep', '1h')
      .with('pantry', '[[Pantry]]')
      .with('notes', 12)
      .with('extra', 'kept in frontmatter only')
      .item(kinds);
    expect(item.kind).toBe('recipe');
    expect(item.group).toBe('kitchen');
    expect(item.data).toEqual({
      type: 'custom',
      values: {
        cuisine: 'Thai',
        serves: 2,
        cooked: '2026-11-20',
        source: 'https://example.com/pad-thai',
        needs: ['Rice noodles'],
        steps: ['Soak noodles'],
        vegan: false,
        prep: { n: 1, unit: 'h' },
        pantry: 'Pantry',
        notes: '12',
      },
    });
    expect(item.links.map((l) => l.target)).toEqual(['Rice noodles', 'Pantry']);
  });

  it('reports missing required fields but keeps the item', () => {
    const { item, problems } = aNote('recipe').parse(userKindsOf(recipeKind()));
    expect(item?.data).toEqual({ type: 'custom', values: { needs: [], steps: [] } });
    expect(problems.map((p) => [p.field, p.message])).toEqual([
      ['serves', 'is required (a recipe needs serves)'],
      ['pantry', 'is required (a recipe needs pantry)'],
    ]);
  });

  it('reports one problem per bad field, listing allowed values', () => {
    const { problems } = aNote('recipe')
      .with('serves', 'two')
      .with('pantry', 'Pantry')
      .with('cuisine', 'french')
      .with('cooked', '2026-02-30')
      .with('source', 'javascript:alert(1)')
      .with('vegan', 'yes')
      .with('prep', 'an hour')
      .with('needs', ['x'])
      .parse(userKindsOf(recipeKind()));
    expect(problems.map((p) => p.field)).toEqual([
      'cuisine',
      'serves',
      'cooked',
      'source',
      'needs[0]',
      'vegan',
      'prep',
      'pantry',
    ]);
    expect(problems[0]?.message).toBe('"french" is not one of: Thai, italian');
  });

  it('warns about a typo of a declared field', () => {
    const { problems } = aNote('recipe')
      .with('serves', 2)
      .with('pantry', '[[P]]')
      .with('cusine', 'thai')
      .parse(userKindsOf(recipeKind()));
    expect(problems).toEqual([
      expect.objectContaining({
        field: 'cusine',
        message: 'unknown field; did you mean "cuisine"?',
        severity: 'warning',
      }),
    ]);
  });

  it('is unknown when its declaration is not among the user kinds', () => {
    expect(aNote('recipe').parse().problems[0]?.field).toBe('stack');
  });
});
