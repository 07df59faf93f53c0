/** @jest-environment jsdom */
import './support/textCodec';
import { afterEach, describe, expect, test } from '@jest/globals';
import type { ItemIndex } from '../../src/core/index/ItemIndex';
import { IndexSource } from '../../src/obsidian/IndexSource';
import { resolveSettings } from '../../src/settings/settings';
import {
  createTestApp,
  deleteFromVault,
  fileAt,
  startLayout,
  takeHandlerErrors,
  type App,
  type VaultFiles,
} from '../host/testing';
import { note, Owner } from './support/fixtures';

afterEach(() => expect(takeHandlerErrors()).toEqual([]));

/** A deterministic pseudo-random stream (a linear congruential generator), so a failure names its seed. */
function stream(seed: number): { int(n: number): number; pick<T>(list: readonly T[]): T } {
  let state = seed >>> 0;
  const int = (n: number): number => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state % n;
  };
  return { int, pick: (list) => list[int(list.length)] };
}

const FOLDERS = ['', 'Infra/', 'Infra/Hosts/', 'Home/', 'Kitchen/', 'Templates/'];

/**
 * A vault of every sort of note the first build meets: items of builtin and user kinds linking to
 * notes that exist, do not, share a name or are of the wrong kind; duplicate kind declarations; bad
 * values (read again for their lines); YAML Obsidian cannot parse; checklist lines; plain notes, other
 * frontmatter, attachments and an ignored folder.
 */
function vault(seed: number, notes: number): VaultFiles {
  const r = stream(seed);
  const names = Array.from({ length: notes }, (_, i) => `Note ${i % Math.ceil(notes * 0.8)}`);
  const link = (): string => `"[[${r.int(9) === 0 ? 'Missing ' + r.int(3) : r.pick(names)}]]"`;
  const files: VaultFiles = {
    'Kinds/Recipe.md': note('stack: kind', 'name: recipe', 'group: kitchen', 'fields:', '  serves: number'),
    'Kinds/Recipe again.md': note('stack: kind', 'name: Recipe', 'group: food'),
    'Infra/diagram.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47]),
  };
  for (let i = 0; i < notes; i++) {
    const path = `${r.pick(FOLDERS)}${names[i]}${r.int(5) === 0 ? ` ${i}` : ''}.md`;
    switch (r.int(12)) {
      case 0:
        files[path] = note(
          'stack: task',
          `due: 2026-12-${String(1 + r.int(28)).padStart(2, '0')}`,
          `depends: [${link()}]`,
        );
        break;
      case 1:
        files[path] = note('stack: service', 'url: https://example.org', `host: ${link()}`, `secrets: [${link()}]`);
        break;
      case 2:
        files[path] = note('stack: device', `os: Debian ${r.int(13)}`, `tags: [infra, ${r.pick(['home', 'lab'])}]`);
        break;
      case 3:
        files[path] = note(
          'stack: backup',
          'tool: restic',
          r.pick(['every: day', 'every: often']),
          `covers: [${link()}]`,
        );
        break;
      case 4:
        files[path] = note('stack: recipe', `serves: ${r.pick(['2', 'many'])}`, `source: ${link()}`);
        break;
      case 5:
        files[path] = note('stack: task', 'due: 2026-13-45', 'priority: urgent-ish');
        break;
      case 6:
        files[path] = note('stack: widget', 'colour: blue');
        break;
      case 7:
        files[path] = '---\nstack: task\ndue: [unclosed\n---\n';
        break;
      case 8:
        files[path] =
          `# ${names[i]}\n\n- [ ] call ${r.pick(names)} 📅 2026-12-0${1 + r.int(9)}\n- [x] done ✅ 2026-11-30\n`;
        break;
      case 9:
        files[path] = note('created: 2026-11-01', `categories: [${link()}]`) + `See [[${r.pick(names)}]].\n`;
        break;
      default:
        files[path] = `# ${names[i]}\n\nPlain text, linking [[${r.pick(names)}]].\n`;
    }
  }
  return files;
}

/** Everything observable about an index, in a comparable shape. */
function snapshot(index: ItemIndex, paths: readonly string[]): unknown {
  return {
    items: index.items().map((i) => [i.path, i.kind, i.group, i.title, i.tags, i.links, i.data]),
    problems: index.problems(),
    stats: index.stats(),
    userKinds: [...index.userKinds().keys()].sort(),
    kinds: ['task', 'device', 'recipe'].map((k) => index.byKind(k).map((i) => i.path)),
    notes: paths.map((p) => [
      index.hasNote(p),
      index.linksFrom(p),
      index.linksTo(p),
      index.inlineTasks(p).map((t) => [t.path, t.title]),
    ]),
    resolved: paths.map((p) => index.resolve(p.slice(p.lastIndexOf('/') + 1, -3), 'Home/x.md')),
  };
}

/** The same vault in two apps: one source builds as the plugin does, the other one note at a time. */
async function twoSources(files: VaultFiles): Promise<{ apps: App[]; sources: IndexSource[] }> {
  const apps = [createTestApp({ files }), createTestApp({ files })];
  const sources = apps.map((app, i) => {
    const owner = new Owner();
    owner.load();
    const settings = resolveSettings(null);
    return new IndexSource(app, owner, () => settings, i === 0 ? {} : { chunkSize: 1 });
  });
  for (const source of sources) source.start();
  for (const app of apps) await startLayout(app);
  await Promise.all(sources.map((s) => s.ready));
  return { apps, sources };
}

/** Runs the same change in both apps and waits for their sources to follow it. */
async function inBoth(apps: App[], change: (app: App) => Promise<unknown>): Promise<void> {
  for (const app of apps) {
    await change(app);
    await app.settle();
  }
}

describe('IndexSource: the first build loads its first slice together', () => {
  test.each([1, 2, 3, 4])(
    'to the index a build note by note gives, and both follow later changes alike (seed %i)',
    async (seed) => {
      const files = vault(seed, 160);
      const { apps, sources } = await twoSources(files);
      const [fast, slow] = sources.map((s) => s.index);
      const paths = () => apps[0].vault.getFiles().map((f) => f.path);
      expect(fast.stats().items).toBeGreaterThan(40);
      expect(fast.problems().length).toBeGreaterThan(10);
      expect(snapshot(fast, paths())).toEqual(snapshot(slow, paths()));
      // Each item's relations were checked about once, not again whenever a name it links to was added.
      expect(fast.work.linkChecks).toBeLessThan(slow.work.linkChecks);

      const r = stream(seed + 100);
      const pickFile = (app: App, skip = ''): string =>
        r.pick(
          app.vault
            .getFiles()
            .map((f) => f.path)
            .filter((p) => p !== skip)
            .sort(),
        );
      for (let step = 0; step < 12; step++) {
        const kind = r.int(5);
        const path = pickFile(apps[0]);
        const other = pickFile(apps[0], path);
        const name = other.slice(other.lastIndexOf('/') + 1, -3);
        const fresh = `Home/Fresh ${step}.md`;
        await inBoth(apps, async (app) => {
          if (kind === 0)
            await app.vault.create(fresh, note('stack: service', 'url: https://x.org', `host: "[[${name}]]"`));
          else if (kind === 1) await deleteFromVault(app, fileAt(app, path));
          else if (kind === 2) await app.vault.rename(fileAt(app, path), `Home/Renamed ${step}.md`);
          else if (kind === 3 && path.endsWith('.md'))
            await app.vault.modify(fileAt(app, path), note('stack: task', `depends: ["[[${name}]]", "[[Missing 1]]"]`));
          else await app.vault.create(`Missing ${step % 3}.md`, `# found\n`).catch(() => undefined);
        });
        expect(snapshot(fast, paths())).toEqual(snapshot(slow, paths()));
      }
    },
  );
});
