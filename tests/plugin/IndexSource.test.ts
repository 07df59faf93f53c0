/** @jest-environment jsdom */
import './support/textCodec';
import { afterEach, describe, expect, test } from '@jest/globals';
import { join } from 'node:path';
import { ItemIndex } from '../../src/core/index/ItemIndex';
import { IndexSource } from '../../src/obsidian/IndexSource';
import { resolveSettings } from '../../src/settings/settings';
import { createTestAppFromDisk } from '../host/fromDisk';
import { createTestApp, fileAt, startLayout, takeHandlerErrors } from '../host/testing';
import { note, Owner, smallVault, startedSource } from './support/fixtures';
import { noteReadOf } from '../../src/core/notes/readNote';

afterEach(() => expect(takeHandlerErrors()).toEqual([]));

const EXAMPLE_VAULT = join(__dirname, '../../examples/vault');

describe('IndexSource: the first build', () => {
  test('indexes the example vault to the same items and problems as the CLI reads from disk', async () => {
    const app = createTestAppFromDisk(EXAMPLE_VAULT);
    const settings = resolveSettings({ ignoreFolders: [] });
    const owner = new Owner();
    owner.load();
    const source = new IndexSource(app, owner, () => settings, { chunkSize: 7 });
    source.start();

    await startLayout(app);
    await source.ready;

    const { scanVault } = await import('../../src/cli/vault/scanVault');
    const scan = scanVault(EXAMPLE_VAULT, { cache: null });
    const cli = new ItemIndex();
    for (const path of scan.notes) cli.upsert(path, noteReadOf(null));
    for (const { path, read } of scan.reads) cli.upsert(path, read);
    const summary = (items: ReturnType<typeof cli.items>): string[] =>
      items.map((i) => `${i.path} ${i.kind} ${i.title}`);
    expect(cli.items().length).toBeGreaterThan(20);
    expect(summary(source.index.items())).toEqual(summary(cli.items()));
    expect(scan.problems).toEqual([]);
    expect(source.index.problems()).toEqual(cli.problems());
  });

  test('nothing is indexed before the layout is ready, so loading never waits for the vault', async () => {
    const app = createTestAppFromDisk(EXAMPLE_VAULT);
    const owner = new Owner();
    owner.load();
    const source = new IndexSource(app, owner, () => resolveSettings(null));

    source.start();
    await app.settle();

    expect(source.index.stats().notes).toBe(0);
  });

  test('builds in chunks, telling subscribers about each one before it is ready', async () => {
    const app = createTestAppFromDisk(EXAMPLE_VAULT);
    const owner = new Owner();
    owner.load();
    const source = new IndexSource(app, owner, () => resolveSettings(null), { chunkSize: 5 });
    const seen: number[] = [];
    owner.registerEvent(source.onRevision((revision) => seen.push(revision)));
    source.start();

    await startLayout(app);
    await source.ready;

    expect(seen.length).toBeGreaterThan(app.vault.getFiles().length / 5 - 1);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen.at(-1)).toBe(source.index.revision);
  });

  test('without a chunk size it tells subscribers once per slice of work, not once per note it reads', async () => {
    const app = createTestApp({
      files: {
        ...smallVault(),
        'Tasks/Bad date.md': note('stack: task', 'due: 2026-13-45'),
        'Tasks/Bad priority.md': note('stack: task', 'priority: urgent-ish'),
        'Daily/Week.md': '# Week\n\n- [ ] call the plumber\n',
      },
    });
    const owner = new Owner();
    owner.load();
    const source = new IndexSource(app, owner, () => resolveSettings(null), { sliceMs: Infinity });
    const seen: number[] = [];
    owner.registerEvent(source.onRevision((revision) => seen.push(revision)));
    const read: string[] = [];
    const cachedRead = app.vault.cachedRead.bind(app.vault);
    app.vault.cachedRead = (file) => {
      read.push(file.path);
      return cachedRead(file);
    };
    source.start();

    await startLayout(app);
    await source.ready;

    // The notes with problems and checklist lines are read after the frontmatter pass.
    expect(read.sort()).toEqual(['Daily/Week.md', 'Tasks/Bad date.md', 'Tasks/Bad priority.md']);
    // One revision for the frontmatter pass, one for every note read after it.
    expect(seen).toHaveLength(2);
    expect(seen.at(-1)).toBe(source.index.revision);
  });

  test('reads the notes it needs together, not one after another', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 5; i++) files[`Tasks/Task ${i}.md`] = note('stack: task', `due: 2026-13-0${i + 1}`);
    const app = createTestApp({ files });
    let reading = 0;
    let most = 0;
    const cachedRead = app.vault.cachedRead.bind(app.vault);
    app.vault.cachedRead = async (file) => {
      most = Math.max(most, ++reading);
      await new Promise((resolve) => window.setTimeout(resolve, 1));
      reading--;
      return cachedRead(file);
    };
    const owner = new Owner();
    owner.load();
    const source = new IndexSource(app, owner, () => resolveSettings(null));
    source.start();

    await startLayout(app);
    await source.ready;

    expect(most).toBe(5);
    expect(source.index.problems().map((p) => [p.path, p.line])).toEqual(
      [0, 1, 2, 3, 4].map((i) => [`Tasks/Task ${i}.md`, 3]),
    );
  });

  test('checks each item’s links once: the link targets are indexed before the items linking to them', async () => {
    const { source } = await startedSource({
      'Infra/A backup.md': note('stack: backup', 'tool: restic', 'every: day', 'covers: ["[[Zeta]]", "[[Omega]]"]'),
      'Tasks/A task.md': note('stack: task', 'project: "[[Zeta]]"'),
      'Notes/Zeta.md': '# Zeta\n',
      'Notes/Omega.md': '# Omega\n',
    });

    expect(source.index.linksTo('Notes/Zeta.md').map((l) => l.from)).toEqual(['Infra/A backup.md', 'Tasks/A task.md']);
    expect(source.index.problems()).toEqual([]);
    expect(source.index.work.linkChecks).toBe(2);
  });

  test('skips ignored folders, keeps attachments and plain notes as link targets', async () => {
    const { source } = await startedSource(smallVault());

    expect(source.index.hasNote('Templates/Task.md')).toBe(false);
    expect(source.index.resolve('nextcloud.png', 'Infra/Services/Nextcloud.md')).toBe('Infra/Services/nextcloud.png');
    expect(source.index.hasNote('Home.md')).toBe(true);
    expect(source.index.get('Home.md')).toBeUndefined();
    expect(source.index.byKind('task').map((t) => t.title)).toEqual(['Pay rent', 'Renew passport', 'Water plants']);
  });

  test('a note whose YAML Obsidian cannot parse shows as a problem on its line, under the kind it declares', async () => {
    const { source } = await startedSource({
      'Tasks/Broken.md': note('stack: task', 'due: [2026-12-01', 'priority: high'),
    });

    const problems = source.index.problems();

    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ path: 'Tasks/Broken.md', field: '', severity: 'error' });
    expect(problems[0]?.line).toBeGreaterThanOrEqual(2);
    expect(source.index.declaredKind('Tasks/Broken.md')).toBe('task');
  });

  test('a problem found in the first build gets its line from the note text', async () => {
    const { source } = await startedSource({
      'Tasks/Bad date.md': note('stack: task', 'title: Bad date', 'due: 2026-13-45'),
    });

    expect(source.index.problems()).toEqual([
      expect.objectContaining({ path: 'Tasks/Bad date.md', field: 'due', line: 4 }),
    ]);
  });
});

describe('IndexSource: following the vault', () => {
  test('a new note is indexed when its metadata arrives', async () => {
    const { app, source } = await startedSource(smallVault());

    await app.vault.create('Tasks/Call the bank.md', note('stack: task', 'due: 2026-12-03'));
    await app.settle();

    expect(source.index.get('Tasks/Call the bank.md')).toMatchObject({ kind: 'task', title: 'Call the bank' });
  });

  test('a modified note is re-read, with the line of a new problem', async () => {
    const { app, source } = await startedSource(smallVault());

    await app.vault.modify(
      fileAt(app, 'Tasks/Pay rent.md'),
      note('stack: task', 'due: 2026-12-01', 'every: fortnightly'),
    );
    await app.settle();

    expect(source.index.problems()).toEqual([
      expect.objectContaining({ path: 'Tasks/Pay rent.md', field: 'every', line: 4 }),
    ]);
  });

  test('a note edited into YAML that does not parse becomes a problem, and fixing it brings the item back', async () => {
    const { app, source } = await startedSource(smallVault());
    const file = fileAt(app, 'Tasks/Pay rent.md');

    await app.vault.modify(file, note('stack: task', 'due: 2026-12-01', 'every: [month'));
    await app.settle();
    const broken = {
      item: source.index.get(file.path),
      problems: source.index.problems(),
      kind: source.index.declaredKind(file.path),
    };
    await app.vault.modify(file, note('stack: task', 'due: 2026-12-01', 'every: month'));
    await app.settle();

    expect(broken.item).toBeUndefined();
    expect(broken.kind).toBe('task');
    expect(broken.problems).toEqual([
      expect.objectContaining({ path: 'Tasks/Pay rent.md', field: '', severity: 'error' }),
    ]);
    expect(source.index.problems()).toEqual([]);
    expect(source.index.get(file.path)?.title).toBe('Pay rent');
  });

  test('a deleted note leaves the index, and links to it dangle', async () => {
    const { app, source } = await startedSource(smallVault());

    await app.fileManager.trashFile(fileAt(app, 'Infra/Services/Nextcloud.md'));
    await app.settle();

    expect(source.index.hasNote('Infra/Services/Nextcloud.md')).toBe(false);
    expect(source.index.problems().map((p) => `${p.path} ${p.field}`)).toEqual(['Infra/Backups/NAS nightly.md covers']);
  });

  test('a renamed note moves in the index without a metadata change (Obsidian sends none)', async () => {
    const { app, source } = await startedSource(smallVault());
    let changed = 0;
    app.metadataCache.on('changed', () => changed++);

    await app.vault.rename(fileAt(app, 'Habits/Meditate.md'), 'Habits/Sit quietly.md');
    await app.settle();

    expect(changed).toBe(0);
    expect(source.index.get('Habits/Meditate.md')).toBeUndefined();
    expect(source.index.get('Habits/Sit quietly.md')).toMatchObject({ kind: 'habit', title: 'Sit quietly' });
  });

  test('moving a note into an ignored folder drops it; moving it out indexes it again', async () => {
    const { app, source } = await startedSource(smallVault());

    await app.vault.rename(fileAt(app, 'Tasks/Pay rent.md'), 'Templates/Pay rent.md');
    await app.settle();
    const whileIgnored = source.index.hasNote('Templates/Pay rent.md') || source.index.hasNote('Tasks/Pay rent.md');
    await app.vault.rename(fileAt(app, 'Templates/Pay rent.md'), 'Tasks/Rent.md');
    await app.settle();

    expect(whileIgnored).toBe(false);
    expect(source.index.get('Tasks/Rent.md')).toMatchObject({ kind: 'task' });
  });

  test('a note created in an ignored folder stays out of the index', async () => {
    const { app, source } = await startedSource(smallVault());

    await app.vault.create('Templates/Habit.md', note('stack: habit', 'goal: daily'));
    await app.settle();

    expect(source.index.hasNote('Templates/Habit.md')).toBe(false);
  });

  test('renaming a folder moves every note in it', async () => {
    const { app, source } = await startedSource(smallVault());
    const folder = app.vault.getFolderByPath('Habits');
    if (!folder) throw new Error('no Habits folder');

    await app.vault.rename(folder, 'Routines');
    await app.settle();

    expect(source.index.byKind('habit').map((h) => h.path)).toEqual(['Routines/Meditate.md', 'Routines/Run.md']);
  });

  test('changing the ignored folders and re-indexing picks up the notes there', async () => {
    const { source, settings } = await startedSource(smallVault());

    settings.ignoreFolders = ['Tasks'];
    await source.reindexIfIgnoreChanged();

    expect(source.index.byKind('task').map((t) => t.path)).toEqual(['Templates/Task.md']);
  });

  test('unloaded before the layout is ready, it never starts', async () => {
    const app = createTestAppFromDisk(EXAMPLE_VAULT);
    const owner = new Owner();
    owner.load();
    const source = new IndexSource(app, owner, () => resolveSettings(null));
    source.start();

    owner.unload();
    await startLayout(app);
    await app.vault.create('Tasks/Late.md', note('stack: task'));
    await app.settle();

    expect(source.index.stats().notes).toBe(0);
  });

  test('after the owner unloads, no vault event reaches the index', async () => {
    const { app, source, owner } = await startedSource(smallVault());
    const before = source.index.revision;

    owner.unload();
    await app.vault.create('Tasks/Late.md', note('stack: task'));
    await app.vault.rename(fileAt(app, 'Habits/Run.md'), 'Habits/Jog.md');
    await app.fileManager.trashFile(fileAt(app, 'Home.md'));
    await app.settle();

    expect(source.index.revision).toBe(before);
    expect(source.index.get('Habits/Run.md')).toBeDefined();
  });
});
