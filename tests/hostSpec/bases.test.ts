/** @jest-environment jsdom */
import { afterEach, describe, expect, test } from '@jest/globals';
import {
  BasesView,
  DateValue,
  ListValue,
  NullValue,
  NumberValue,
  Plugin,
  StringValue,
  type BasesViewRegistration,
  type QueryController,
} from 'obsidian';
import {
  basesViewOptions,
  createTestApp,
  fileAt,
  HostError,
  loadPlugin,
  openBase,
  startLayout,
  takeHandlerErrors,
  unloadPlugin,
  type HostBase,
} from '../host/testing';

afterEach(() => expect(takeHandlerErrors()).toEqual([]));

/** A view that records what it was given on each update. */
class RecordingView extends BasesView {
  type = 'recording';
  updates: Array<{ paths: string[]; groups: string[] }> = [];
  loaded = 0;
  unloaded = 0;

  constructor(
    controller: QueryController,
    readonly containerEl: HTMLElement,
  ) {
    super(controller);
  }

  override onload(): void {
    this.loaded++;
  }

  override onunload(): void {
    this.unloaded++;
  }

  onDataUpdated(): void {
    this.updates.push({
      paths: this.data.data.map((e) => e.file.path),
      groups: this.data.groupedData.map((g) => (g.hasKey() ? String(g.key) : '(none)')),
    });
    this.containerEl.setText(`${this.data.data.length} rows`);
  }
}

const REGISTRATION: BasesViewRegistration = {
  name: 'Recording',
  icon: 'list',
  factory: (controller, containerEl) => new RecordingView(controller, containerEl),
  options: (config) => [
    { type: 'property', key: 'dateProperty', displayName: 'Date property', default: 'note.due' },
    { type: 'text', key: 'title', displayName: `Title of ${config.name}` },
  ],
};

class BasesPlugin extends Plugin {
  registered: boolean | null = null;
  override async onload(): Promise<void> {
    this.registered = this.registerBasesView('recording', REGISTRATION);
  }
}

const FILES = {
  'Tasks/a.md': '---\nstatus: todo\ndue: 2026-12-01\npoints: 3\ntags: [x, y]\n---\n',
  'Tasks/b.md': '---\nstatus: done\ndue: 2026-11-01T09:30\npoints: 10\n---\n',
  'Tasks/c.md': '---\nstatus: todo\npoints: 1\n---\n',
  'Notes/plain.md': 'no frontmatter\n',
};

async function withPlugin(): Promise<{ app: ReturnType<typeof createTestApp>; plugin: BasesPlugin }> {
  const app = createTestApp({ files: FILES });
  const plugin = await loadPlugin(app, BasesPlugin);
  await startLayout(app);
  return { app, plugin };
}

function base(view: Partial<HostBase['view']> = {}, rest: Partial<HostBase> = {}): HostBase {
  return { view: { type: 'recording', name: 'All', ...view }, ...rest };
}

describe('registerBasesView', () => {
  test('registers the view type, refuses a second one with the same id, and forgets it on unload', async () => {
    const { app, plugin } = await withPlugin();

    expect(plugin.registered).toBe(true);
    expect(app.plugins.basesViews.get('recording')?.name).toBe('Recording');
    expect(() => plugin.registerBasesView('recording', REGISTRATION)).toThrow(HostError);
    unloadPlugin(app, plugin);
    expect(app.plugins.basesViews.has('recording')).toBe(false);
  });

  test('returns false when Bases is turned off', async () => {
    const app = createTestApp();
    app.plugins.basesEnabled = false;

    const plugin = await loadPlugin(app, BasesPlugin);

    expect(plugin.registered).toBe(false);
    expect(app.plugins.basesViews.size).toBe(0);
  });

  test('the options callback gets the view config', async () => {
    const { app } = await withPlugin();

    const options = basesViewOptions(app, base({ name: 'Due soon' }));

    expect(options.map((o) => o.displayName)).toEqual(['Date property', 'Title of Due soon']);
  });
});

describe('QueryController and BasesView', () => {
  test('the factory gets a container; the view is loaded and given the first result at once', async () => {
    const { app } = await withPlugin();

    const open = openBase(app, base());
    const view = open.view as RecordingView;

    expect(view.loaded).toBe(1);
    expect(view.updates).toEqual([
      { paths: ['Notes/plain.md', 'Tasks/a.md', 'Tasks/b.md', 'Tasks/c.md'], groups: ['(none)'] },
    ]);
    expect(open.containerEl.textContent).toBe('4 rows');
    expect(view.app).toBe(app);
    open.close();
    expect(view.unloaded).toBe(1);
  });

  test('filter, sort (nulls last either way) and limit shape data', async () => {
    const { app } = await withPlugin();

    const asc = openBase(
      app,
      base({ sort: [{ property: 'due', direction: 'ASC' }] }, { filter: (_f, fm) => fm.status !== undefined }),
    );
    const desc = openBase(app, base({ sort: [{ property: 'note.points', direction: 'DESC' }], limit: 2 }));

    expect((asc.view as RecordingView).updates[0]?.paths).toEqual(['Tasks/b.md', 'Tasks/a.md', 'Tasks/c.md']);
    expect((desc.view as RecordingView).updates[0]?.paths).toEqual(['Tasks/b.md', 'Tasks/a.md']);
  });

  test('groupedData groups by the groupBy property; entries without a value form a last, keyless group', async () => {
    const { app } = await withPlugin();

    const open = openBase(app, base({ groupBy: { property: 'status', direction: 'DESC' } }));
    const groups = open.view.data.groupedData;

    expect(groups.map((g) => [g.hasKey(), g.key?.toString(), g.entries.length])).toEqual([
      [true, 'todo', 2],
      [true, 'done', 1],
      [false, '', 1],
    ]);
    expect(groups[2]?.key).toBeInstanceOf(NullValue);
  });

  test('getValue wraps frontmatter and file fields in values; a missing note property is the null value', async () => {
    const { app } = await withPlugin();

    const open = openBase(
      app,
      base({}, { formulas: { double: (e) => Number(e.getValue('note.points')?.toString()) * 2 } }),
    );
    const a = open.view.data.data.find((e) => e.file.path === 'Tasks/a.md');
    const b = open.view.data.data.find((e) => e.file.path === 'Tasks/b.md');

    expect(a?.getValue('note.due')).toBeInstanceOf(DateValue);
    expect([a?.getValue('note.due')?.toString(), b?.getValue('note.due')?.toString()]).toEqual([
      '2026-12-01',
      '2026-11-01 09:30',
    ]);
    expect(a?.getValue('note.points')).toEqual(new NumberValue(3));
    const tags = a?.getValue('note.tags') as ListValue;
    expect([tags.length(), tags.get(1).toString(), tags.includes(new StringValue('x')), tags.get(5)]).toEqual([
      2,
      'y',
      true,
      NullValue.value,
    ]);
    expect(a?.getValue('note.missing')).toBe(NullValue.value);
    expect(a?.getValue('file.basename')?.toString()).toBe('a');
    expect(a?.getValue('file.folder')?.toString()).toBe('Tasks');
    expect(a?.getValue('formula.double')?.toString()).toBe('6');
    expect(a?.getValue('formula.unknown')).toBeNull();
    expect(open.view.allProperties).toEqual(
      expect.arrayContaining(['note.due', 'note.points', 'note.status', 'note.tags', 'formula.double', 'file.name']),
    );
  });

  test('a metadata change delivers a new result with new entries on a later macrotask', async () => {
    const { app } = await withPlugin();
    const open = openBase(app, base());
    const view = open.view as RecordingView;
    const before = view.data;
    const entryBefore = before.data[1];

    await app.vault.process(fileAt(app, 'Tasks/a.md'), (t) => t.replace('points: 3', 'points: 4'));
    const rightAfter = view.updates.length;
    await app.settle();

    expect(rightAfter).toBe(1);
    expect(view.updates).toHaveLength(2);
    expect(view.data).not.toBe(before);
    expect(view.data.data[1]).not.toBe(entryBefore);
    expect(view.data.data[1]?.getValue('note.points')?.toString()).toBe('4');
  });

  test('deleting or renaming a row updates the view; a closed Base gets no more updates', async () => {
    const { app } = await withPlugin();
    const open = openBase(app, base());
    const view = open.view as RecordingView;

    await app.fileManager.renameFile(fileAt(app, 'Tasks/c.md'), 'Tasks/z.md');
    await app.settle();
    await app.fileManager.trashFile(fileAt(app, 'Tasks/b.md'));
    await app.settle();
    const seen = view.updates.length;
    open.close();
    await app.vault.process(fileAt(app, 'Tasks/a.md'), (t) => `${t}more\n`);
    await app.settle();

    expect(view.updates.at(-1)?.paths).toEqual(['Notes/plain.md', 'Tasks/a.md', 'Tasks/z.md']);
    expect(view.updates).toHaveLength(seen);
  });

  test('changing an option stores it in the view entry and delivers a new result', async () => {
    const { app } = await withPlugin();
    const open = openBase(app, base());

    open.controller.hostSetOption('dateProperty', 'due');
    await app.settle();

    expect(open.view.config.get('dateProperty')).toBe('due');
    expect(open.view.config.getAsPropertyId('dateProperty')).toBe('note.due');
    expect(open.controller.config.entry.dateProperty).toBe('due');
    expect((open.view as RecordingView).updates).toHaveLength(2);
  });
});

describe('BasesViewConfig', () => {
  test('reads order, valid sorts, display names and property-id options', async () => {
    const { app } = await withPlugin();
    const open = openBase(
      app,
      base(
        {
          order: ['file.name', 'due', 'formula.left'],
          sort: [
            { property: 'due', direction: 'ASC' },
            { property: 'status', direction: 'sideways' },
          ],
          blank: '',
        },
        { properties: { 'note.due': { displayName: 'Due date' } } },
      ),
    );
    const config = open.view.config;

    expect(config.getOrder()).toEqual(['file.name', 'note.due', 'formula.left']);
    expect(open.view.data.properties).toEqual(['file.name', 'note.due', 'formula.left']);
    expect(config.getSort()).toEqual([{ property: 'note.due', direction: 'ASC' }]);
    expect([
      config.getDisplayName('note.due'),
      config.getDisplayName('note.status'),
      config.getDisplayName('file.name'),
    ]).toEqual(['Due date', 'status', 'file name']);
    expect([config.get('unset'), config.getAsPropertyId('unset'), config.getAsPropertyId('blank')]).toEqual([
      undefined,
      null,
      null,
    ]);
  });
});
