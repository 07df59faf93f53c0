/**
 * @jest-environment jsdom
 */
import 'obsidian';
import { afterEach, describe, expect, it } from '@jest/globals';
import type { ItemIndex } from '../../src/core/index/ItemIndex';
import { readNote } from '../../src/core/notes/readNote';
import { SignedRows } from '../../src/views/query/SignedRows';
import { renderQueryBlock } from '../../src/views/renderQueryBlock';
import { note, vaultIndex } from '../core/dashboard/changeSteps';
import { NOW, TODAY } from '../core/dashboard/dashboardVault';
import { domTree } from './support/domTree';
import { RecordingActions } from './support/RecordingActions';

afterEach(() => document.body.empty());

const actions = new RecordingActions();

function draw(el: HTMLElement, source: string, index: ItemIndex, rows?: SignedRows): void {
  rows?.begin();
  const ctx = { index, today: TODAY, now: NOW, sourcePath: 'Home.md', actions };
  renderQueryBlock(el, source, ctx, rows?.draw);
}

function fresh(source: string, index: ItemIndex): ReturnType<typeof domTree> {
  const el = document.body.createDiv();
  draw(el, source, index);
  const tree = domTree(el);
  el.remove();
  return tree;
}

const rowNamed = (el: HTMLElement, name: string): Element | undefined =>
  Array.from(el.querySelectorAll('tr, li')).find((r) => r.textContent?.includes(name));

describe('SignedRows (a stack block redrawn)', () => {
  it.each([
    ['table', 'kind: service\nfields: [title, host, backup]'],
    ['list', 'kind: service\nview: list\nfields: [title, host, backup]'],
    ['cards', 'kind: service\nview: cards\nfields: [title, host, backup]'],
  ])('keeps the elements of unchanged %s rows and draws a row again when what it shows changed', (_view, source) => {
    const index = vaultIndex();
    const rows = new SignedRows();
    const el = document.body.createDiv();
    draw(el, source, index, rows);
    const pihole = rowNamed(el, 'Pi-hole');
    const nextcloud = rowNamed(el, 'Nextcloud');
    expect(pihole).toBeDefined();

    // Nextcloud's host link now resolves to another note: its row shows a different title.
    index.upsert('Elsewhere/NAS.md', readNote('Elsewhere/NAS.md', note('stack: device\ntitle: Other NAS')));
    index.remove('Infra/Devices/NAS.md');
    draw(el, source, index, rows);

    expect(rowNamed(el, 'Pi-hole')).toBe(pihole);
    expect(rowNamed(el, 'Nextcloud')).not.toBe(nextcloud);
    expect(rows.kept).toBe(1);
    expect(domTree(el)).toEqual(fresh(source, index));
  });
});
