import type * as O from 'obsidian';
import type { App } from './App';
import { BasesEntry, BasesQueryResult, compareValues, type HostFormula } from './BasesQueryResult';
import { BasesViewConfig, type HostViewEntry } from './BasesViewConfig';
import { Component } from './Component';
import { HostError } from './HostError';
import type { Public } from './Public';
import type { TFile } from './TAbstractFile';
import { NullValue } from './values';

/** Host-only: a Base as a test writes it. Filters and formulas are functions: the host does not parse Bases expressions. */
export interface HostBase {
  view: HostViewEntry;
  /** Which markdown files are rows (default: all); stands in for the `.base` file's `filters`. */
  filter?: (file: TFile, frontmatter: Record<string, unknown>) => boolean;
  formulas?: Record<string, HostFormula>;
  /** `properties` of the `.base` file (`displayName`). */
  properties?: Record<string, { displayName?: string }>;
}

const FILE_PROPERTIES: O.BasesPropertyId[] = ['file.name', 'file.basename', 'file.path', 'file.folder', 'file.ext'];

/**
 * Obsidian's QueryController: runs a Base over the vault's markdown files (filter, sort, limit),
 * feeds the view it holds, and on every metadata change, delete or rename (and on `hostSetOption`,
 * a change in the view's menu) runs again on a later macrotask and hands the view a new result
 * with new entries. Unloading it unloads the view.
 */
export class QueryController extends Component implements Public<O.QueryController> {
  readonly config: BasesViewConfig;
  result: BasesQueryResult;
  allProperties: O.BasesPropertyId[] = [];
  /** Host-only: the view shown, once `hostShow` created it. */
  view: O.BasesView | null = null;
  /** Host-only: how many times the query ran. */
  runs = 0;
  private queued = false;

  constructor(
    readonly app: App,
    private readonly base: HostBase,
  ) {
    super();
    this.config = new BasesViewConfig(base.view, base.properties);
    this.result = this.run();
  }

  override onload(): void {
    const refresh = (): void => this.hostQueueRefresh();
    this.registerEvent(this.app.metadataCache.on('changed', refresh));
    this.registerEvent(this.app.metadataCache.on('deleted', refresh));
    this.registerEvent(this.app.vault.on('rename', refresh));
  }

  /** Host-only: creates the view through the registration's factory into `containerEl`, loads it and gives it the first result. */
  hostShow(registration: O.BasesViewRegistration, containerEl: HTMLElement): O.BasesView {
    if (this.view) throw new HostError('EEXIST', 'this controller already shows a view');
    const view = registration.factory(this, containerEl);
    this.view = view;
    this.addChild(view);
    this.deliver();
    return view;
  }

  /** Host-only: the user changed an option in the view's menu: store it and deliver a new result. */
  hostSetOption(key: string, value: unknown): void {
    this.config.set(key, value);
    this.hostQueueRefresh();
  }

  /** Host-only: runs the query again on a later macrotask (coalesced), then calls `onDataUpdated`. */
  hostQueueRefresh(): void {
    if (this.queued) return;
    this.queued = true;
    this.app.scheduler.later(() => {
      this.queued = false;
      if (this._loaded) this.deliver();
    });
  }

  private deliver(): void {
    this.result = this.run();
    if (!this.view) return;
    this.view.data = this.result;
    this.view.allProperties = this.allProperties;
    this.view.onDataUpdated();
  }

  private run(): BasesQueryResult {
    this.runs++;
    const formulas = this.base.formulas ?? {};
    const entries: BasesEntry[] = [];
    const noteProperties = new Set<string>();
    for (const file of this.app.vault.getMarkdownFiles()) {
      const frontmatter = (this.app.metadataCache.getFileCache(file)?.frontmatter ?? {}) as Record<string, unknown>;
      if (this.base.filter && !this.base.filter(file, frontmatter)) continue;
      for (const key of Object.keys(frontmatter)) noteProperties.add(key);
      entries.push(new BasesEntry(file, frontmatter, formulas));
    }
    const sort = this.config.getSort();
    entries.sort((a, b) => {
      for (const s of sort) {
        const c = compareValues(
          a.getValue(s.property) ?? NullValue.value,
          b.getValue(s.property) ?? NullValue.value,
          s.direction === 'DESC' ? -1 : 1,
        );
        if (c !== 0) return c;
      }
      return a.file.path < b.file.path ? -1 : a.file.path > b.file.path ? 1 : 0;
    });
    const limit = this.config.entry.limit;
    const data = typeof limit === 'number' && limit >= 0 ? entries.slice(0, limit) : entries;
    this.allProperties = [
      ...[...noteProperties].sort().map((p): O.BasesPropertyId => `note.${p}`),
      ...Object.keys(formulas).map((f): O.BasesPropertyId => `formula.${f}`),
      ...FILE_PROPERTIES,
    ];
    return new BasesQueryResult(data, this.config.hostGroupBy(), this.config.getOrder());
  }
}
