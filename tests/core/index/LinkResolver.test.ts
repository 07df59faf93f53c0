import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { LinkResolver } from '../../../src/core/index/LinkResolver';
import { nameKeyHash } from '../../../src/core/index/linkPath';

function resolverWith(...paths: string[]): LinkResolver {
  const resolver = new LinkResolver();
  for (const p of paths) resolver.add(p);
  return resolver;
}

/** What a resolver lists for suggestions: each path with its name key, sorted. */
function namesOf(resolver: LinkResolver): string[] {
  const out: string[] = [];
  resolver.names({ add: (key, path) => out.push(`${key}\u0000${path}`) });
  return out.sort();
}

describe('LinkResolver', () => {
  it('resolves a bare name to the note with that basename, ignoring case and .md', () => {
    const resolver = resolverWith('Infra/Devices/Old NAS.md', 'Home.md');

    expect(resolver.resolve('old nas')).toBe('Infra/Devices/Old NAS.md');
    expect(resolver.resolve('Old NAS.md')).toBe('Infra/Devices/Old NAS.md');
    expect(resolver.resolve('[[Old NAS#Disks|the nas]]')).toBe('Infra/Devices/Old NAS.md');
  });

  it('picks the shortest path, then code-point order, when several notes share a name', () => {
    const resolver = resolverWith('b/deep/Note.md', 'zz/Note.md', 'aa/Note.md');

    expect(resolver.resolve('Note')).toBe('aa/Note.md');
  });

  it("prefers an exact vault path, then a note in the linking note's folder, over a shorter path", () => {
    const resolver = resolverWith('Note.md', 'a/Note.md', 'projects/deep/Note.md', 'b/Note.md', 'x/b/Note.md');

    expect(resolver.resolve('Note', 'projects/deep/Plan.md')).toBe('Note.md');
    resolver.delete('Note.md');
    expect(resolver.resolve('Note', 'projects/deep/Plan.md')).toBe('projects/deep/Note.md');
    expect(resolver.resolve('Note', 'projects/Plan.md')).toBe('a/Note.md');
    expect(resolver.resolve('b/Note', 'x/b/Plan.md')).toBe('b/Note.md');
  });

  it('resolves folder/Note by path suffix at a folder boundary only', () => {
    const resolver = resolverWith('Work/Infra/Note.md', 'Home/Note.md', 'Work/XInfra/Note.md');

    expect(resolver.resolve('Infra/Note')).toBe('Work/Infra/Note.md');
    expect(resolver.resolve('nfra/Note')).toBeNull();
    expect(resolver.resolve('Work/Infra/Note.md')).toBe('Work/Infra/Note.md');
  });

  it('resolves ./ and ../ targets relative to the linking note', () => {
    const resolver = resolverWith('a/Note.md', 'b/Note.md', 'b/c/Other.md');

    expect(resolver.resolve('./Note', 'b/c/x.md')).toBeNull();
    expect(resolver.resolve('../Note', 'b/c/x.md')).toBe('b/Note.md');
    expect(resolver.resolve('../../a/Note', 'b/c/x.md')).toBe('a/Note.md');
    expect(resolver.resolve('../../../Note', 'b/c/x.md')).toBeNull();
  });

  it('resolves no relative target that ends in a folder (the index finds its links again by the name they end in)', () => {
    const resolver = resolverWith('Note.md', 'b/Note.md', 'b/c/Other.md');

    expect(resolver.resolve('../Note/', 'b/c/x.md')).toBeNull();
    expect(resolver.resolve('./c/..', 'b/x.md')).toBeNull();
    expect(resolver.resolve('./c/../Note', 'b/x.md')).toBe('b/Note.md');
    expect(resolver.resolve('../Note.md', 'b/c/x.md')).toBe('b/Note.md');
  });

  it('stops resolving to a note once it is deleted and falls back to the next candidate', () => {
    const resolver = resolverWith('Note.md', 'deep/Note.md');

    resolver.delete('Note.md');

    expect(resolver.resolve('Note')).toBe('deep/Note.md');
    resolver.delete('deep/Note.md');
    expect(resolver.resolve('Note')).toBeNull();
  });

  it('resolves a link to an attachment registered under its full name', () => {
    const resolver = resolverWith('Assets/Rack diagram.png', 'Rack diagram.md');

    expect(resolver.resolve('Rack diagram.png')).toBe('Assets/Rack diagram.png');
    expect(resolver.resolve('Rack diagram')).toBe('Rack diagram.md');
  });

  it('answers as if every path were added at once when addAll defers the names no link asks for', () => {
    const NAMES = ['Note', 'note', 'Other', 'Plan', 'K\u212Aey', 'kkey', 'Café', 'x.md'];
    const FOLDERS = ['', 'a/', 'a/b/', 'Z/'];
    const pathArb = fc.tuple(fc.constantFrom(...FOLDERS), fc.constantFrom(...NAMES)).map(([f, n]) => `${f}${n}.md`);
    const target = fc.oneof(
      fc.constantFrom(...NAMES),
      fc.tuple(fc.constantFrom(...FOLDERS), fc.constantFrom(...NAMES)).map(([f, n]) => `${f}${n}`),
      fc.constantFrom('./Note', '../Plan', '[[Other#H|x]]', 'Nope', 'x.md.md'),
    );
    type Op =
      { op: 'resolve'; target: string; from: string } | { op: 'add' | 'delete'; path: string } | { op: 'names' };
    const op: fc.Arbitrary<Op> = fc.oneof(
      fc.record({ op: fc.constant('resolve' as const), target, from: pathArb }),
      fc.record({ op: fc.constantFrom('add' as const, 'delete' as const), path: pathArb }),
      // Listing the names for suggestions leaves the deferred paths waiting: later answers must not change.
      fc.record({ op: fc.constant('names' as const) }),
    );
    fc.assert(
      fc.property(
        fc.uniqueArray(pathArb, { maxLength: 12 }),
        fc.subarray(NAMES),
        fc.array(op, { maxLength: 12 }),
        (paths, linked, ops) => {
          const all = new LinkResolver();
          for (const p of paths) all.add(p);
          const lazy = new LinkResolver();
          lazy.addAll(paths, new Set(linked.map((n) => nameKeyHash(n))));
          for (const o of ops) {
            if (o.op === 'resolve') expect(lazy.resolve(o.target, o.from)).toBe(all.resolve(o.target, o.from));
            else if (o.op === 'names') expect(namesOf(lazy)).toEqual(namesOf(all));
            else
              for (const resolver of [lazy, all])
                if (o.op === 'add') resolver.add(o.path);
                else resolver.delete(o.path);
          }
          expect(namesOf(lazy)).toEqual(namesOf(all));
        },
      ),
      { numRuns: 500 },
    );
  });
});
