import {
  Events,
  TFile,
  type App,
  type CachedMetadata,
  type Component,
  type EventRef,
  type TAbstractFile,
} from 'obsidian';
import { ItemIndex, PLAIN } from '../core/index/ItemIndex';
import type { IndexNoteInput } from '../core/index/types';
import { noteReadOf, readNote, withTaskLines, type NoteRead } from '../core/notes/readNote';
import type { TaskLineRef } from '../core/inline/TaskLineRef';
import { withTimeEntries } from '../core/inline/taskTimeLines';
import { DEFAULT_TASKS_SETTINGS, readTasksSettings, TASKS_SETTINGS_FILE } from '../core/inline/TasksSettings';
import { isIgnoredPath, type VaultStackSettings } from '../settings/settings';

/** Options of an IndexSource. */
export interface IndexSourceOptions {
  /**
   * Files indexed between two yields to the event loop during the initial build; by default the
   * build yields only when a slice of work has run long (40 ms), so subscribers hear of a revision
   * per slice, not per chunk of files.
   */
  chunkSize?: number;
  /**
   * The longest the first build works before yielding, whatever the chunk size (default 40 ms); its
   * first slice collects notes for half of it, then loads them together (about twice the collecting).
   */
  sliceMs?: number;
}

const REVISION = 'revision';
/** The longest the first build works before yielding by default (slow notes, a slow device). */
const SLICE_MS = 40;
/** Files indexed between two looks at the clock during the first build. */
const CLOCK_EVERY = 16;

/**
 * Feeds the ItemIndex from Obsidian: after layout ready it builds the index from the metadata cache
 * in chunks (yielding to the event loop), then follows metadata `changed`, vault `create`, `delete`
 * and `rename` (Obsidian fires no `changed` on a rename). Notes in ignored folders are skipped; other
 * files are link targets. Key line numbers are read from the note's text only when needed: from the
 * text `changed` hands over, or, after the first build, for notes with problems. Obsidian Tasks
 * inline tasks: the metadata cache's list items say which notes have task lines (`task` set) and
 * where; only those notes' text is read, after the frontmatter pass, under the vault's Tasks settings.
 */
export class IndexSource extends Events {
  /** The index the views and commands read. */
  readonly index = new ItemIndex();
  /** Resolves when the first build (including reads for notes with problems) is done. */
  readonly ready: Promise<void>;
  private resolveReady: () => void = () => {};
  private generation = 0;
  /** The ignored folders the index was last built with. */
  private builtIgnoring = '';
  /** The build last started (a newer one stops it), for callers that wait for the index to settle. */
  private latest: Promise<void> = Promise.resolve();
  private emitted = -1;
  private displayVersion = 0;
  private readonly chunkSize: number;
  private readonly sliceMs: number;
  /** Counts vault creates, deletes and renames, so a build knows whether its file list may be stale. */
  private vaultEvents = 0;

  constructor(
    /** The app whose vault this follows. */
    readonly app: App,
    private readonly owner: Component,
    private readonly settings: () => VaultStackSettings,
    options: IndexSourceOptions = {},
  ) {
    super();
    this.chunkSize = options.chunkSize ?? Infinity;
    this.sliceMs = options.sliceMs ?? SLICE_MS;
    this.ready = new Promise((resolve) => (this.resolveReady = resolve));
  }

  /** Registers the layout-ready build and the vault and metadata handlers on the owner (the plugin). */
  start(): void {
    let stopped = false;
    this.owner.register(() => {
      stopped = true;
      this.generation++;
    });
    this.app.workspace.onLayoutReady(() => {
      if (stopped) return; // unloaded before the layout was ready: register nothing
      this.registerHandlers();
      void this.startBuild();
    });
  }

  /** Increases when settings that change what views show were saved. */
  get settingsVersion(): number {
    return this.displayVersion;
  }

  /** Tells the views that display settings changed (they redraw as for an index change). */
  settingsChanged(): void {
    this.displayVersion++;
    this.trigger(REVISION, this.index.revision);
  }

  /** Calls `callback` with the new revision whenever the index (or a display setting) changed; register the ref for cleanup. */
  onRevision(callback: (revision: number) => void): EventRef {
    return this.on(REVISION, callback as (...data: unknown[]) => unknown);
  }

  /** Builds again when the ignored folders changed since the last build; resolves when the latest build is done. */
  reindexIfIgnoreChanged(): Promise<void> {
    return ignoreKey(this.settings()) === this.builtIgnoring ? this.latest : this.reindex();
  }

  /** Forgets everything and builds again. */
  reindex(): Promise<void> {
    this.index.clear();
    this.emitRevision();
    return this.startBuild();
  }

  private registerHandlers(): void {
    const { vault, metadataCache } = this.app;
    this.owner.registerEvent(
      metadataCache.on('changed', (file, data, cache) => this.changed(() => this.indexMarkdown(file, cache, data))),
    );
    this.owner.registerEvent(vault.on('create', (file) => this.vaultChanged(() => this.created(file))));
    this.owner.registerEvent(vault.on('delete', (file) => this.vaultChanged(() => this.index.remove(file.path))));
    this.owner.registerEvent(
      vault.on('rename', (file, oldPath) => this.vaultChanged(() => this.renamed(file, oldPath))),
    );
  }

  /** A create, delete or rename: counted (see `build`), then run as a change. */
  private vaultChanged(change: () => unknown): void {
    this.vaultEvents++;
    this.changed(change);
  }

  /** Runs a change and tells subscribers when the revision moved. */
  private changed(change: () => unknown): void {
    change();
    this.emitRevision();
  }

  private emitRevision(): void {
    const revision = this.index.revision;
    if (revision === this.emitted) return;
    this.emitted = revision;
    this.trigger(REVISION, revision);
  }

  private ignored(path: string): boolean {
    return isIgnoredPath(path, this.settings().ignoreFolders);
  }

  private created(file: TAbstractFile): void {
    if (!(file instanceof TFile) || this.ignored(file.path)) return;
    // A new note is a link target at once; its frontmatter arrives with metadata `changed`.
    if (file.extension !== 'md' || !this.index.hasNote(file.path)) this.index.upsert(file.path, PLAIN);
  }

  private renamed(file: TAbstractFile, oldPath: string): void {
    if (!(file instanceof TFile)) return;
    const wasIndexed = this.index.hasNote(oldPath);
    if (this.ignored(file.path)) {
      this.index.remove(oldPath);
      return;
    }
    const sameType = oldPath.toLowerCase().endsWith('.md') === (file.extension === 'md');
    if (wasIndexed && sameType) {
      this.index.rename(oldPath, file.path);
      return;
    }
    this.index.remove(oldPath);
    const read = this.metadataRead(file, []);
    if (read !== null) this.index.upsert(file.path, read);
  }

  /** What the metadata cache says of a file (null: not cached yet); notes whose text must be read are added to `later`. */
  private metadataRead(file: TFile, later: TFile[]): NoteRead | null {
    if (file.extension !== 'md') return PLAIN;
    const cache = this.app.metadataCache.getFileCache(file);
    if (cache === null) return null; // not cached yet: metadata `changed` will bring it
    // Its task lines are in the text; or Obsidian could not parse the YAML (a plain note until then):
    // the text says whether it declares `stack:`.
    if (hasTaskItems(cache) || (cache.frontmatter === undefined && cache.frontmatterPosition !== undefined))
      later.push(file);
    return noteReadOf(cache.frontmatter, undefined, file.path);
  }

  /** Indexes a note from its metadata and, when given or needed, its text. */
  private indexMarkdown(file: TFile, cache: CachedMetadata, text: string): void {
    if (this.ignored(file.path) || this.app.vault.getFileByPath(file.path) !== file) return;
    const fm = cache.frontmatter;
    if (fm === undefined && cache.frontmatterPosition === undefined && !hasTaskItems(cache)) {
      this.index.upsert(file.path, PLAIN);
      return;
    }
    this.indexText(file.path, fm, text, cache);
  }

  /**
   * Indexes a note from its text: Obsidian's values with the reader's key lines for an item; the
   * reader's own read when Obsidian has no values or the reader refuses the note (an `invalid`
   * read, as in the CLI, so both report the same problems).
   */
  private indexText(
    path: string,
    fm: Record<string, unknown> | undefined,
    text: string,
    cache?: CachedMetadata | null,
  ): void {
    const own = readNote(path, text);
    // Obsidian's list items place the task lines (its parser knows code blocks, callouts, …); the reader's own scan is the fallback.
    const tasks = cache ? withTimeEntries(text, taskLinesOf(text, cache)) : (own.tasks ?? []);
    const read = own.tasks === undefined ? own : withoutTaskLines(own);
    if (fm === undefined || read.type === 'invalid') this.index.upsert(path, withTaskLines(read, tasks));
    else {
      const fromCache = read.type === 'item' ? { ...read, frontmatter: fm } : noteReadOf(fm, undefined, path);
      this.index.upsert(path, withTaskLines(fromCache, tasks));
    }
  }

  /** Reads Obsidian Tasks' settings from the vault's config folder (Tasks' defaults when it has none). */
  private async loadTasksSettings(): Promise<void> {
    const file = `${this.app.vault.configDir}/${TASKS_SETTINGS_FILE}`;
    let settings = DEFAULT_TASKS_SETTINGS;
    try {
      if (await this.app.vault.adapter.exists(file))
        settings = readTasksSettings(JSON.parse(await this.app.vault.adapter.read(file)));
    } catch {
      settings = DEFAULT_TASKS_SETTINGS; // unreadable or not JSON: as if Tasks had no settings
    }
    if (settings !== this.index.tasksSettings) this.index.setTasksSettings(settings);
  }

  /** Starts a build; the first one to finish resolves `ready`. */
  private startBuild(): Promise<void> {
    this.latest = this.build().then((done) => {
      if (done) this.resolveReady();
    });
    return this.latest;
  }

  /** The initial (or repeated) build, in chunks; a newer build or unload stops an older one. Returns whether it finished. */
  private async build(): Promise<boolean> {
    const generation = ++this.generation;
    const ignoreFolders = this.settings().ignoreFolders;
    this.builtIgnoring = ignoreKey(this.settings());
    const later: TFile[] = [];
    await this.loadTasksSettings();
    if (generation !== this.generation) return false;
    await sleep(0); // let the layout-ready callbacks of other plugins run first
    const files = this.app.vault.getFiles();
    const eventsAtList = this.vaultEvents;
    // The first slice's notes are loaded together (relations checked once, see ItemIndex.upsertMany),
    // its plain notes (most of a vault) by path alone.
    let batch: IndexNoteInput[] | null = [];
    let plain: string[] | null = [];
    for (let at = 0; at < files.length; batch = plain = null) {
      if (at > 0) await sleep(0);
      if (generation !== this.generation) return false;
      at = this.indexSlice(files, at, later, batch, plain, eventsAtList, ignoreFolders);
      if (batch !== null) this.index.upsertMany(batch, [], plain ?? []);
      this.emitRevision();
    }
    const needLines = new Set(
      this.index
        .problems()
        .filter((p) => p.line === undefined)
        .map((p) => p.path),
    );
    for (const path of needLines) {
      const file = this.app.vault.getFileByPath(path);
      if (file?.extension === 'md') later.push(file);
    }
    // The texts are read together, a batch at a time; subscribers hear of them all as one revision.
    for (let start = 0; start < later.length; start += READ_BATCH) {
      const some = later.slice(start, start + READ_BATCH);
      const texts = await Promise.all(some.map((file) => this.app.vault.cachedRead(file).catch(() => null)));
      if (generation !== this.generation) return false;
      for (let i = 0; i < some.length; i++) this.indexRead(some[i], texts[i]);
    }
    this.emitRevision();
    return true;
  }

  /**
   * Indexes listed files from `from` (into `batch` when given, plain notes' paths into `plain`)
   * until a chunk is done or the slice's time is up, and returns where it stopped. A method of its
   * own, not the async build's loop, so its optimised code outlives each build.
   */
  private indexSlice(
    files: readonly TFile[],
    from: number,
    later: TFile[],
    batch: IndexNoteInput[] | null,
    plain: string[] | null,
    eventsAtList: number,
    ignoreFolders: readonly string[],
  ): number {
    const start = performance.now();
    // Half the slice for the batch: loading it costs about twice the collecting, so the first slice
    // runs about 1.5 times as long, but a machine under load still collects a 10k vault in one.
    const budget = batch === null ? this.sliceMs : this.sliceMs / 2;
    let count = 0;
    for (let i = from; i < files.length;) {
      const file = files[i++];
      // Only a create, delete or rename since the listing can make a listed file stale.
      if (this.vaultEvents !== eventsAtList && this.app.vault.getFileByPath(file.path) !== file) continue;
      if (ignoreFolders.length > 0 && isIgnoredPath(file.path, ignoreFolders)) continue;
      const read = this.metadataRead(file, later);
      if (read !== null) {
        if (batch === null || plain === null) this.index.upsert(file.path, read);
        else if (read.type === 'plain') plain.push(file.path);
        else batch.push({ path: file.path, read });
      }
      // The clock is read every few files: most take a microsecond.
      // The first multiple of the chunk size is the chunk size itself (no floating-point modulo by Infinity).
      if (++count === this.chunkSize || (count % CLOCK_EVERY === 0 && performance.now() - start > budget)) return i;
    }
    return files.length;
  }

  /** Indexes a note read after the frontmatter pass, unless it is gone, unreadable or ignored since it was listed (its events say what happened). */
  private indexRead(file: TFile, text: string | null | undefined): void {
    if (text === null || text === undefined) return;
    if (this.app.vault.getFileByPath(file.path) !== file || this.ignored(file.path)) return;
    const cache = this.app.metadataCache.getFileCache(file);
    this.indexText(file.path, cache?.frontmatter, text, cache);
  }
}

/** Notes whose text the first build reads at once (the reads run together). */
const READ_BATCH = 64;

/** Whether Obsidian's metadata lists a task item (a checklist line) in the note. */
function hasTaskItems(cache: CachedMetadata): boolean {
  return cache.listItems?.some((item) => item.task !== undefined) ?? false;
}

/** The task lines of a note at the places Obsidian's list items give (1-based lines, no `\r`). */
function taskLinesOf(text: string, cache: CachedMetadata): TaskLineRef[] {
  const items = cache.listItems?.filter((item) => item.task !== undefined) ?? [];
  if (items.length === 0) return [];
  const lines = text.split('\n');
  const out: TaskLineRef[] = [];
  for (const item of items) {
    const raw = lines[item.position.start.line];
    if (raw !== undefined)
      out.push({ line: item.position.start.line + 1, text: raw.endsWith('\r') ? raw.slice(0, -1) : raw });
  }
  return out;
}

function withoutTaskLines(read: NoteRead): NoteRead {
  const copy = { ...read };
  delete copy.tasks;
  return copy;
}

function ignoreKey(settings: VaultStackSettings): string {
  return JSON.stringify([...settings.ignoreFolders].sort());
}
