import { describe, expect, it } from '@jest/globals';
import { ItemIndex } from '../../../src/core/index/ItemIndex';
import { indexWith, note } from './indexBuilder';
import { noteReadOf } from '../../../src/core/notes/readNote';

const problemsOf = (index: ItemIndex, path: string): string[] =>
  index
    .problems()
    .filter((p) => p.path === path)
    .map((p) => `${p.field}: ${p.message} (${p.severity})`);

describe('ItemIndex relations', () => {
  it('lists the resolved links from an item with their fields', () => {
    const index = indexWith({
      'Infra/NAS.md': note.device(),
      'Infra/Secrets/Restic key.md': note.secret(),
      'Infra/Nextcloud.md': note.service({ host: '[[NAS]]', secrets: ['[[Restic key]]', '[[Gone]]'] }),
    });

    const edges = index.linksFrom('Infra/Nextcloud.md');

    expect(edges.map((e) => [e.field, e.to])).toEqual([
      ['host', 'Infra/NAS.md'],
      ['secrets', 'Infra/Secrets/Restic key.md'],
    ]);
  });

  it("answers what links here: a secret's users and a device's services, with the field", () => {
    const index = indexWith({
      'NAS.md': note.device(),
      'Token.md': note.secret(),
      'Nextcloud.md': note.service({ host: '[[NAS]]', secrets: ['[[Token]]'] }),
      'Jellyfin.md': note.service({ host: '[[nas]]' }),
      'Offsite.md': note.backup({ covers: ['[[NAS]]'] }),
    });

    expect(index.linksTo('NAS.md').map((e) => [e.from, e.field])).toEqual([
      ['Jellyfin.md', 'host'],
      ['Nextcloud.md', 'host'],
      ['Offsite.md', 'covers'],
    ]);
    expect(index.linksTo('Token.md').map((e) => [e.from, e.field])).toEqual([['Nextcloud.md', 'secrets']]);
  });

  it('reports a dangling link as an error that disappears when the note appears, and returns when it goes', () => {
    const index = indexWith({ 'Nextcloud.md': note.service({ host: '[[Old NAS]]' }) });
    expect(problemsOf(index, 'Nextcloud.md')).toEqual(['host: "[[Old NAS]]" does not match any note (error)']);

    index.upsert('Devices/Old NAS.md', noteReadOf(note.device()));
    expect(problemsOf(index, 'Nextcloud.md')).toEqual([]);
    expect(index.linksTo('Devices/Old NAS.md').map((e) => e.from)).toEqual(['Nextcloud.md']);

    index.remove('Devices/Old NAS.md');
    expect(problemsOf(index, 'Nextcloud.md')).toEqual(['host: "[[Old NAS]]" does not match any note (error)']);
  });

  it('counts a plain note as a valid link target but warns when a typed field points at the wrong kind', () => {
    const index = indexWith({
      'Router.md': note.service(),
      'Shelf.md': note.plain(),
      'Nextcloud.md': note.service({ host: '[[Router]]', domain: '[[Shelf]]', backup: '[[Router]]' }),
    });

    expect(problemsOf(index, 'Nextcloud.md')).toEqual([
      'backup: "[[Router]]" is a service, not a backup (warning)',
      'domain: "[[Shelf]]" is a plain note, not a domain (warning)',
      'host: "[[Router]]" is a service, not a device (warning)',
    ]);
  });

  it('warns when a task depends on something that is not a task', () => {
    const index = indexWith({ 'NAS.md': note.device(), 'Migrate.md': note.task({ depends: ['[[NAS]]'] }) });

    expect(problemsOf(index, 'Migrate.md')).toEqual(['depends: "[[NAS]]" is a device, not a task (warning)']);
  });

  it('clears a wrong-kind warning when the target changes kind', () => {
    const index = indexWith({ 'Router.md': note.service(), 'Nextcloud.md': note.service({ host: '[[Router]]' }) });

    index.upsert('Router.md', noteReadOf(note.device()));

    expect(problemsOf(index, 'Nextcloud.md')).toEqual([]);
  });

  it('gives the field line to a relation problem when the host knows it', () => {
    const index = indexWith({});

    index.upsert('Nextcloud.md', noteReadOf(note.service({ host: '[[Old NAS]]' }), { stack: 2, url: 3, host: 4 }));

    expect(index.problems()[0]).toMatchObject({ field: 'host', line: 4 });
  });

  it('re-resolves a name to a shorter path when a closer candidate appears', () => {
    const index = indexWith({
      'Archive/2024/NAS.md': note.device(),
      'Nextcloud.md': note.service({ host: '[[NAS]]' }),
    });

    index.upsert('NAS.md', noteReadOf(note.device()));

    expect(index.linksFrom('Nextcloud.md')[0]?.to).toBe('NAS.md');
    expect(index.linksTo('Archive/2024/NAS.md')).toEqual([]);
  });
});

describe('ItemIndex rename', () => {
  it('keeps a bare-name link resolving when only the folder changes', () => {
    const index = indexWith({ 'Inbox/NAS.md': note.device(), 'Nextcloud.md': note.service({ host: '[[NAS]]' }) });

    index.rename('Inbox/NAS.md', 'Infra/NAS.md');

    expect(index.get('Inbox/NAS.md')).toBeUndefined();
    expect(index.get('Infra/NAS.md')?.kind).toBe('device');
    expect(index.linksFrom('Nextcloud.md')[0]?.to).toBe('Infra/NAS.md');
    expect(problemsOf(index, 'Nextcloud.md')).toEqual([]);
  });

  it('leaves links to the old name dangling and resolves links already written to the new name', () => {
    const index = indexWith({
      'Old NAS.md': note.device(),
      'Nextcloud.md': note.service({ host: '[[Old NAS]]' }),
      'Jellyfin.md': note.service({ host: '[[Storage box]]' }),
    });
    expect(problemsOf(index, 'Jellyfin.md')).toHaveLength(1);

    index.rename('Old NAS.md', 'Storage box.md');

    expect(problemsOf(index, 'Nextcloud.md')).toEqual(['host: "[[Old NAS]]" does not match any note (error)']);
    expect(problemsOf(index, 'Jellyfin.md')).toEqual([]);
    expect(index.linksTo('Storage box.md').map((e) => e.from)).toEqual(['Jellyfin.md']);
  });

  it('breaks a folder-qualified link when the note leaves that folder (and suggests its name)', () => {
    const index = indexWith({ 'Infra/NAS.md': note.device(), 'Nextcloud.md': note.service({ host: '[[Infra/NAS]]' }) });

    index.rename('Infra/NAS.md', 'Attic/NAS.md');

    expect(problemsOf(index, 'Nextcloud.md')).toEqual([
      'host: "[[Infra/NAS]]" does not match any note; did you mean [[NAS]]? (error)',
    ]);
  });

  it("moves the renamed item's own problems and default title to the new path", () => {
    const index = indexWith({ 'Draft.md': note.service({ host: '[[Nowhere]]' }) });

    index.rename('Draft.md', 'Services/Gitea.md');

    expect(index.problems().map((p) => p.path)).toEqual(['Services/Gitea.md']);
    expect(index.get('Services/Gitea.md')?.title).toBe('Gitea');
  });

  it('keeps a renamed plain note available as a link target', () => {
    const index = indexWith({ 'Shelf.md': null, 'Nextcloud.md': note.service({ backup: '[[Cabinet]]' }) });

    index.rename('Shelf.md', 'Cabinet.md');

    expect(index.resolve('Cabinet')).toBe('Cabinet.md');
    expect(problemsOf(index, 'Nextcloud.md')).toEqual([
      'backup: "[[Cabinet]]" is a plain note, not a backup (warning)',
    ]);
  });

  it('asks "did you mean" when a dangling link is close to a note\'s name, and forgets it once that note is gone', () => {
    const index = indexWith({
      'Infra/Nextcloud.md': note.service(),
      'Infra/Restic key.md': note.secret(),
      'Journal/Plain.md': null,
      'Infra/Backup.md': note.backup({ covers: ['[[nextclod]]', '[[Restic-key]]', '[[Plian]]', '[[Something else]]'] }),
    });

    expect(problemsOf(index, 'Infra/Backup.md')).toEqual([
      'covers: "[[Plian]]" does not match any note; did you mean [[Plain]]? (error)',
      'covers: "[[Restic-key]]" does not match any note; did you mean [[Restic key]]? (error)',
      'covers: "[[Something else]]" does not match any note (error)',
      'covers: "[[nextclod]]" does not match any note; did you mean [[Nextcloud]]? (error)',
    ]);
    index.remove('Infra/Nextcloud.md');
    expect(problemsOf(index, 'Infra/Backup.md')[3]).toBe('covers: "[[nextclod]]" does not match any note (error)');
  });

  it('suggests the note of the very name when a link dangles for its folder, not another close name', () => {
    const index = indexWith({
      'Infra/Nextcloud.md': note.service(),
      'Nextclodu.md': null,
      'Tasks/Move.md': note.task({ depends: ['[[Apps/Nextcloud]]', '[[./Nextcloud]]'] }),
    });

    expect(problemsOf(index, 'Tasks/Move.md')).toEqual([
      'depends: "[[./Nextcloud]]" does not match any note; did you mean [[Nextcloud]]? (error)',
      'depends: "[[Apps/Nextcloud]]" does not match any note; did you mean [[Nextcloud]]? (error)',
    ]);
  });

  it('suggests the same name whatever order the notes came in (a shared name ties on its shortest path)', () => {
    // "Note 67" is one edit from "Note 7" and from "Note 62"; "Note 7" has the shortest path of the two names.
    const notes: Record<string, Record<string, unknown> | null> = {
      'Long/folder/Note 7.md': null,
      'Mid/Note 62.md': null,
      'Note 7.md': null,
      'Tasks/Pay.md': note.task({ depends: ['[[Note 67]]'] }),
    };
    const paths = Object.keys(notes);
    for (const order of [paths, [...paths].reverse()]) {
      const index = indexWith(Object.fromEntries(order.map((p) => [p, notes[p]])));
      expect(problemsOf(index, 'Tasks/Pay.md')).toEqual([
        'depends: "[[Note 67]]" does not match any note; did you mean [[Note 7]]? (error)',
      ]);
    }
  });
});

describe('did you mean after a bulk load', () => {
  it('names a note whose path is still waiting to be registered, without registering the waiting paths', () => {
    const index = new ItemIndex();
    const plain = ['Infra/Nextcloud.md', 'Home.md', ...Array.from({ length: 50 }, (_, i) => `Daily/Day ${i}.md`)];
    index.upsertMany(
      [{ path: 'Services/Files.md', read: noteReadOf({ stack: 'service', host: '[[Nextclod]]' }) }],
      [],
      plain,
    );

    expect(index.problems().map((p) => p.message)).toEqual([
      '"[[Nextclod]]" does not match any note; did you mean [[Nextcloud]]?',
    ]);
    // Every path waits (the service's too: nothing links to its name), as listing them for a
    // suggestion leaves them: a load with a dangling link registers no more than one without.
    const waiting = (index as unknown as { resolver: { deferred: string[] } }).resolver.deferred;
    expect(waiting.length).toBe(plain.length + 1);
    expect(index.resolve('Home')).toBe('Home.md');
  });
});

describe('the paths a bulk load leaves waiting', () => {
  it('keep waiting when an item is edited without a new link name, and resolve as before', () => {
    const index = new ItemIndex();
    const plain = ['Infra/NAS.md', 'Home.md', ...Array.from({ length: 20 }, (_, i) => `Daily/Day ${i}.md`)];
    index.upsertMany([{ path: 'Files.md', read: noteReadOf({ stack: 'service', host: '[[NAS]]' }) }], [], plain);
    const waiting = (index as unknown as { resolver: { deferred: string[] } }).resolver.deferred;
    const before = waiting.length;

    index.upsert('Files.md', noteReadOf({ stack: 'service', host: '[[NAS]]', url: 'https://files.example' }));

    expect(waiting.length).toBe(before);
    expect(index.linksFrom('Files.md').map((e) => e.to)).toEqual(['Infra/NAS.md']);
    expect(index.resolve('Day 3')).toBe('Daily/Day 3.md');
  });
});

describe('a relative link ending in a folder', () => {
  it('is dangling whichever note came first (it resolved when the note came first and stayed dangling otherwise)', () => {
    const linking = noteReadOf({ stack: 'task', depends: '[[../A/]]' });
    const device = noteReadOf({ stack: 'device' });
    const linkFirst = new ItemIndex();
    linkFirst.upsert('img/T.md', linking);
    linkFirst.upsert('A.md', device);
    const noteFirst = new ItemIndex();
    noteFirst.upsert('A.md', device);
    noteFirst.upsert('img/T.md', linking);

    expect(noteFirst.problems()).toEqual(linkFirst.problems());
    expect(linkFirst.problems().map((p) => p.message)).toEqual(['"[[../A/]]" does not match any note']);
  });
});
