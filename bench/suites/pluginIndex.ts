import { Component, TFile, type CachedMetadata } from 'obsidian';
import { ItemIndex } from '../../src/core/index/ItemIndex';
import { noteReadOf } from '../../src/core/notes/readNote';
import { IndexSource } from '../../src/obsidian/IndexSource';
import { DEFAULT_SETTINGS } from '../../src/settings/settings';
import { createTestApp, type App } from '../../tests/host/testing';
import { itemNoteTexts } from '../generateVault';
import { row, type BenchRow, type BenchSuite } from '../harness';
import { pairedMediansAsync, perCall, repeat } from '../plugin/asyncTiming';
import { hostAppWithVault, installObsidianGlobals, touchCachedFrontmatter } from '../plugin/hostVault';

const SUITE = 'plugin index';
const VAULT_NOTES = 50_000;
const ITEMS = 5000;
const CHANGES = 200;

/** An IndexSource over `app`, started and past its first build, as the plugin has it after layout ready. */
async function readySource(app: App): Promise<IndexSource> {
  const owner = new Component();
  owner.load();
  const source = new IndexSource(app, owner, () => DEFAULT_SETTINGS);
  source.start();
  app.workspace.hostLayoutReady();
  await source.ready;
  return source;
}

/**
 * The first pass of IndexSource's build without its yields and its reads of notes with problems:
 * every file's cached frontmatter upserted into a fresh ItemIndex exactly as `IndexSource.indexFile` does.
 */
function upsertsFromCache(app: App): number {
  const index = new ItemIndex();
  for (const file of app.vault.getFiles()) {
    if (file.extension !== 'md') {
      index.upsert(file.path, noteReadOf(null));
      continue;
    }
    const cache = app.metadataCache.getFileCache(file);
    if (cache === null) continue;
    index.upsert(file.path, noteReadOf(cache.frontmatter));
  }
  return index.stats().items;
}

/** The file at `path` and its text and cached metadata. */
async function snapshot(app: App, path: string): Promise<{ file: TFile; text: string; cache: CachedMetadata }> {
  const file = app.vault.getFileByPath(path);
  const cache = file && app.metadataCache.getFileCache(file);
  if (!file || !cache) throw new Error(`bench: ${path} is not cached`);
  return { file, text: await app.vault.cachedRead(file), cache };
}

/** IndexSource's full build from the host's metadata cache (50k notes), and one note change against a rebuild (5k items). */
export const pluginIndexSuite: BenchSuite = {
  name: SUITE,
  notes: [
    'plugin index: "touch cached frontmatter" = for every file, getFileCache, read `stack`, copy the frontmatter keys — the least any index fed by the metadata cache must do.',
    'plugin index: "of which upserts" is the build\'s first pass alone (no yields, no reads of the notes with problems), upserting each cached frontmatter as IndexSource does.',
    'plugin index: the build yields to the event loop every 40 ms of work, so its wall time includes those timer turns; the ratio judges CPU time.',
    'plugin index: "one note change" = metadata `changed` handled by IndexSource (readNote for key lines + upsert + revision event), against its full rebuild of the same vault.',
  ],
  async run(ctx) {
    installObsidianGlobals();
    const rows: BenchRow[] = [];

    ctx.log(`generating ${VAULT_NOTES / 1000}k notes into the host …`);
    const big = hostAppWithVault(ctx.tmp, VAULT_NOTES);
    const bigSource = await readySource(big);
    ctx.log(
      `${bigSource.index.stats().items} items, ${bigSource.index.problems().length} problems, of ${big.vault.getFiles().length} files`,
    );
    const build = await pairedMediansAsync(
      ctx.runs,
      { build: () => bigSource.reindex(), upserts: () => upsertsFromCache(big) },
      () => touchCachedFrontmatter(big),
    );
    rows.push(
      row(
        SUITE,
        `IndexSource full build, ${VAULT_NOTES / 1000}k notes / ${(bigSource.index.stats().items / 1000).toFixed(1)}k items`,
        'touch cached frontmatter',
        build.build,
        { kind: 'info', value: 0 },
        ctx.runs,
      ),
    );
    rows.push(
      row(
        SUITE,
        `  of which upserts from getFileCache`,
        'touch cached frontmatter',
        build.upserts,
        { kind: 'info', value: 0 },
        ctx.runs,
      ),
    );
    bigSource.index.clear();

    const small = createTestApp({
      files: Object.fromEntries(itemNoteTexts(ITEMS, 20261128).map((n) => [n.path, n.text])),
    });
    const source = await readySource(small);
    // Two versions of one task note, captured from the host's own metadata cache, handed over in turn.
    const path = source.index.byKind('task')[0]?.path ?? '';
    const before = await snapshot(small, path);
    const status = before.cache.frontmatter?.status === 'doing' ? 'todo' : 'doing';
    await small.vault.modify(before.file, before.text.replace(/status: \w+/, `status: ${status}`));
    await small.settle();
    const after = await snapshot(small, path);
    const versions = [after, before];
    let flip = 0;
    const change = (): void => {
      const v = versions[++flip % 2];
      small.metadataCache.trigger('changed', v.file, v.text, v.cache);
    };
    // Each change must reach the index: one revision event per change.
    let events = 0;
    source.onRevision(() => events++);
    change();
    change();
    if (events !== 2) throw new Error(`bench: ${events} revision events for 2 note changes`);
    const one = await pairedMediansAsync(ctx.runs, { change: repeat(CHANGES, change) }, () => source.reindex());
    rows.push(
      row(
        SUITE,
        `one note change, ${ITEMS / 1000}k items`,
        'IndexSource full rebuild',
        perCall(one.change, CHANGES, 1),
        { kind: 'min-speedup', value: 1000 },
        ctx.runs,
      ),
    );
    return rows;
  },
};
