import type * as O from 'obsidian';
import { decodeUtf8 } from './bytes';
import { Events } from './Events';
import { LinkResolver } from './LinkResolver';
import { parseMarkdown } from './parseMarkdown';
import type { HostScheduler } from './scheduler';
import { TAbstractFile, TFile } from './TAbstractFile';
import type { Vault } from './Vault';

interface Entry {
  cache: O.CachedMetadata;
  mtime: number;
  size: number;
}

/**
 * Obsidian's MetadataCache. Indexing runs on a later macrotask, like Obsidian's worker: after a vault
 * `create`/`modify` the cache updates and `changed` fires, then `resolve` per file and one `resolved`.
 * A rename only re-keys the cache (no `changed`); a delete fires `deleted` with the previous cache.
 */
export class MetadataCache extends Events implements O.MetadataCache {
  resolvedLinks: Record<string, Record<string, number>> = {};
  unresolvedLinks: Record<string, Record<string, number>> = {};
  private readonly entries = new Map<string, Entry>();
  private readonly dirty = new Set<TFile>();
  private readonly deletions: Array<[TFile, O.CachedMetadata | null]> = [];
  private flushQueued = false;
  private readonly resolver: LinkResolver;

  constructor(
    private readonly vault: Vault,
    private readonly scheduler: HostScheduler,
  ) {
    super();
    this.resolver = new LinkResolver(vault);
    vault.on('create', (f: TAbstractFile) => this.markDirty(f));
    vault.on('modify', (f: TAbstractFile) => this.markDirty(f));
    vault.on('delete', (f: TAbstractFile) => this.onDelete(f));
    vault.on('rename', (f: TAbstractFile, oldPath: string) => this.onRename(f, oldPath));
  }

  /** Host-only: indexes every markdown file now, without events (the cache Obsidian loads at startup), then resolves later. */
  indexAllSilently(): void {
    for (const file of this.vault.getMarkdownFiles()) this.index(file);
    this.queueFlush();
  }

  /** The best match for a linkpath from a source note (see LinkResolver). */
  getFirstLinkpathDest(linkpath: string, sourcePath: string): TFile | null {
    return this.resolver.resolve(linkpath, sourcePath);
  }

  /** The cached metadata of a markdown file, or null when it is not indexed (yet). */
  getFileCache(file: O.TFile): O.CachedMetadata | null {
    return this.getCache(file.path);
  }

  /** The cached metadata at a path, or null. */
  getCache(path: string): O.CachedMetadata | null {
    return this.entries.get(path)?.cache ?? null;
  }

  /** The basename when unique, else the path without `.md`. */
  fileToLinktext(file: O.TFile, sourcePath: string, omitMdExtension?: boolean): string {
    const own = this.vault.getFileByPath(file.path);
    return own ? this.resolver.linktext(own, sourcePath, omitMdExtension ?? true) : file.path;
  }

  /** Host-only: resolves once all queued indexing and events have run. */
  async whenResolved(): Promise<void> {
    await this.scheduler.idle();
  }

  private markDirty(f: TAbstractFile): void {
    if (!(f instanceof TFile) || f.extension !== 'md') return;
    this.dirty.add(f);
    this.queueFlush();
  }

  private onDelete(f: TAbstractFile): void {
    if (!(f instanceof TFile) || f.extension !== 'md') return;
    const prev = this.entries.get(f.path)?.cache ?? null;
    this.entries.delete(f.path);
    this.dirty.delete(f);
    this.deletions.push([f, prev]);
    this.queueFlush();
  }

  private onRename(f: TAbstractFile, oldPath: string): void {
    if (!(f instanceof TFile)) return;
    const entry = this.entries.get(oldPath);
    this.entries.delete(oldPath);
    if (entry && f.extension === 'md') this.entries.set(f.path, entry);
    else if (f.extension === 'md') this.dirty.add(f);
    this.queueFlush();
  }

  private queueFlush(): void {
    if (this.flushQueued) return;
    this.flushQueued = true;
    this.scheduler.later(() => this.flush());
  }

  private flush(): void {
    this.flushQueued = false;
    const deletions = this.deletions.splice(0, this.deletions.length);
    for (const [file, prev] of deletions) this.trigger('deleted', file, prev);
    const batch = [...this.dirty].filter((f) => this.vault.getFileByPath(f.path) === f);
    this.dirty.clear();
    for (const file of batch) {
      const changed = this.index(file);
      if (changed) this.trigger('changed', file, changed.data, changed.cache);
    }
    this.resolveAll();
    for (const file of batch) this.trigger('resolve', file);
    this.trigger('resolved');
  }

  /** Parses a file unless its cache matches its stat; returns the new cache and text when it changed. */
  private index(file: TFile): { data: string; cache: O.CachedMetadata } | null {
    const stored = this.vault.store.get(file.path);
    if (!stored || stored.kind !== 'file') return null;
    const prev = this.entries.get(file.path);
    if (prev && prev.mtime === stored.mtime && prev.size === stored.data.length) return null;
    const data = decodeUtf8(stored.data);
    const cache = parseMarkdown(data);
    this.entries.set(file.path, { cache, mtime: stored.mtime, size: stored.data.length });
    return { data, cache };
  }

  private resolveAll(): void {
    const resolved: Record<string, Record<string, number>> = {};
    const unresolved: Record<string, Record<string, number>> = {};
    for (const [path, { cache }] of this.entries) {
      const r: Record<string, number> = {};
      const u: Record<string, number> = {};
      for (const ref of [...(cache.links ?? []), ...(cache.embeds ?? []), ...(cache.frontmatterLinks ?? [])]) {
        const dest = this.resolver.resolve(ref.link, path);
        const linkpath = ref.link.split('#')[0];
        if (dest) r[dest.path] = (r[dest.path] ?? 0) + 1;
        else if (linkpath !== '') u[linkpath] = (u[linkpath] ?? 0) + 1;
      }
      resolved[path] = r;
      unresolved[path] = u;
    }
    // Obsidian mutates these objects in place; plugins may hold references to them.
    replaceContents(this.resolvedLinks, resolved);
    replaceContents(this.unresolvedLinks, unresolved);
  }
}

function replaceContents<T>(target: Record<string, T>, source: Record<string, T>): void {
  for (const k of Object.keys(target)) delete target[k];
  Object.assign(target, source);
}
