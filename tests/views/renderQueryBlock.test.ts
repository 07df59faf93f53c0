/**
 * @jest-environment jsdom
 */
import 'obsidian';
import { afterEach, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { ItemIndex } from '../../src/core/index/ItemIndex';
import type { DateDisplay } from '../../src/core/dashboard/DashboardOptions';
import { StaticElement } from '../../src/views/dom/StaticElement';
import { renderQueryBlock } from '../../src/views/renderQueryBlock';
import { indexOf, NOW, TODAY } from '../core/dashboard/dashboardVault';
import { domTree, parseHtml } from './support/domTree';
import { HOSTILE_VAULT, PAYLOAD_SELECTOR } from './support/hostileVault';
import { RecordingActions } from './support/RecordingActions';

function render(
  source: string,
  index: ItemIndex = indexOf(),
  ctx: Partial<{ today: string; now: string; dateDisplay: DateDisplay }> = {},
): { el: HTMLElement; actions: RecordingActions } {
  const el = document.body.createDiv();
  const actions = new RecordingActions();
  renderQueryBlock(el, source, {
    index,
    today: ctx.today ?? TODAY,
    now: ctx.now ?? NOW,
    sourcePath: 'Home.md',
    actions,
    dateDisplay: ctx.dateDisplay,
  });
  return { el, actions };
}

const texts = (el: Element, selector: string): string[] =>
  Array.from(el.querySelectorAll(selector)).map((e) => e.textContent ?? '');

afterEach(() => document.body.empty());

/** A pasted Base with three views, formulas and summaries; a view name that looks like markup. */
const MULTI_VIEW = `kind: task
formulas:
  soon: if(due, due < today() + "7d", false)
views:
  - type: table
    name: Open
    filters: status != "done"
    order: [title, due]
    summaries: { due: Filled }
  - type: list
    name: By priority <b>
    filters: status != "done"
    order: [title, priority, formula.soon]
    summaries: { priority: Unique }
  - type: cards
    name: Done
    filters: status == "done"
`;

describe('renderQueryBlock', () => {
  it('shows date cells relative to today when the setting asks for it, keeping the ISO value in datetime and title', () => {
    const { el } = render('kind: task\nfilters: status != "done"\nsort: [due]\nfields: [title, due]', indexOf(), {
      dateDisplay: 'relative',
    });

    const due = el.querySelector('tbody tr td[data-column="due"] time');

    expect(due?.textContent).toBe('3 days ago');
    expect(due?.getAttribute('datetime')).toBe('2026-11-25');
    expect(due?.getAttribute('title')).toBe('2026-11-25');
  });

  it('shows date cells as ISO when no setting is given', () => {
    const { el } = render('kind: task\nfilters: status != "done"\nsort: [due]\nfields: [title, due]');

    expect(el.querySelector('tbody tr td[data-column="due"] time')?.textContent).toBe('2026-11-25');
  });

  it('draws a table with the column labels and one row per item, titles opening their notes', () => {
    const { el, actions } = render(
      'kind: task\nfilters: status != "done"\nsort: [due]\nfields: [title, due, priority]\nproperties:\n  due: { displayName: Due date }',
    );

    expect(texts(el, 'thead th')).toEqual(['title', 'Due date', 'priority']);
    expect(texts(el, 'tbody tr td:first-child')).toEqual([
      'File taxes',
      'Pay rent',
      'Call plumber',
      'Order disks',
      'Broken',
    ]);
    expect(el.querySelector('tbody tr td[data-column="due"] time')?.getAttribute('datetime')).toBe('2026-11-25');
    el.querySelector<HTMLButtonElement>('tbody tr td:first-child button')?.click();
    expect(actions.calls).toEqual(['openNote(Tasks/File taxes.md)']);
    expect(el.querySelector('.vault-stack-block-footer')?.textContent).toBe('5 items');
  });

  it('uses derived properties and says how many matched before the limit', () => {
    const { el } = render('kind: habit\nsort: [-streak]\nfields: [title, streak]\nlimit: 2');

    expect(Array.from(el.querySelectorAll('tbody tr')).map((tr) => texts(tr, 'td'))).toEqual([
      ['Meditate', '3'],
      ['Read', '2'],
    ]);
    expect(el.querySelector('.vault-stack-block-footer')?.textContent).toBe('2 of 4 items');
  });

  it('groups rows under a heading per group', () => {
    const { el } = render('kind: backup\ngroupBy: state\nsort: [title]\nfields: [title, tool]');

    expect(texts(el, '.vault-stack-group-heading')).toEqual(['failed', 'never', 'ok']);
    expect(el.querySelectorAll('table')).toHaveLength(3);
  });

  it('draws a list and cards with the title first and the other fields labelled', () => {
    const list = render(
      'kind: bookmark\nfilters: status == "inbox"\nsort: [added]\nfields: [title, url, added]\nview: list',
    ).el;
    const cards = render('kind: domain\nfields: [title, expires, tls-expires]\nview: cards').el;

    expect(texts(list, '.vault-stack-row-title')).toEqual(['Old post', 'Undated']);
    expect(list.querySelector('a')?.getAttribute('href')).toBe('https://www.blog.example.net/post');
    expect(texts(cards, '.vault-stack-card-title')).toEqual(['example.org']);
    expect(texts(cards, 'dt')).toEqual(['expires', 'tls-expires']);
    expect(texts(cards, 'dd')).toEqual(['2026-12-10', '2026-12-02']);
  });

  it('draws one heatmap per habit: a year of days, each labelled, the done ones shaded', () => {
    const { el } = render('kind: habit\nfilters: title == "Meditate" || title == "Read"\nsort: [title]\nview: heatmap');

    const maps = el.querySelectorAll('.vault-stack-heatmap');
    expect(maps).toHaveLength(2);
    const cells = maps[0].querySelectorAll('.vault-stack-heatmap-cell');
    expect(cells).toHaveLength(365);
    expect(cells[364].getAttribute('aria-label')).toBe('2026-11-28: none');
    expect(cells[363].getAttribute('aria-label')).toBe('2026-11-27: done');
    expect(cells[363].getAttribute('title')).toBe('2026-11-27: done');
    expect(maps[0].querySelectorAll('.vault-stack-heatmap-cell:not(.vault-stack-level-0)')).toHaveLength(3);
    expect(maps[1].querySelectorAll('.vault-stack-heatmap-cell:not(.vault-stack-level-0)')).toHaveLength(2);
    // 2025-11-29 was a Saturday: five blank cells put it in the Saturday row.
    expect(maps[0].querySelectorAll('.vault-stack-heatmap-pad')).toHaveLength(5);
    expect(texts(el, '.vault-stack-heatmap-total')).toEqual(['3 days in the last year', '2 days in the last year']);
    // One label per week column; a month's name heads the week that holds its 1st.
    const months = texts(maps[0], '.vault-stack-heatmap-month');
    expect(months).toHaveLength(53);
    expect(months.filter((m) => m !== '')).toEqual([
      'Dec',
      'Jan',
      'Feb',
      'Mar',
      'Apr',
      'May',
      'Jun',
      'Jul',
      'Aug',
      'Sep',
      'Oct',
      'Nov',
    ]);
  });

  it('draws a timeline of the dates in order, grouped by month', () => {
    const { el, actions } = render('kind: [domain, device]\nview: timeline\ndates: [expires, tls-expires, warranty]');

    expect(texts(el, '.vault-stack-timeline-month')).toEqual(['January 2026', 'December 2026']);
    expect(
      Array.from(el.querySelectorAll('.vault-stack-timeline-entry')).map((li) =>
        texts(li, 'time, button, .vault-stack-timeline-property').join(' '),
      ),
    ).toEqual([
      '2026-01-01 Old laptop warranty',
      '2026-12-02 example.org tls-expires',
      '2026-12-10 example.org expires',
      '2026-12-18 NAS warranty',
    ]);
    el.querySelectorAll<HTMLButtonElement>('.vault-stack-timeline-entry button')[1].click();
    expect(actions.calls).toEqual(['openNote(Infra/Domains/example.org.md, tls-expires)']);
  });

  it('lists every error of a bad block inside it', () => {
    const { el } = render(
      'kind: task\nsort:\n  - property: due\n    direction: UP\nfilters: startsWith2(title)\nview: chart',
    );

    const error = el.querySelector('.vault-stack-error');
    expect(error).not.toBeNull();
    expect(error?.querySelectorAll('li').length).toBeGreaterThanOrEqual(3);
    expect(error?.textContent).toContain('sort[0].direction');
    expect(el.querySelector('table')).toBeNull();
  });

  it('shows a bad clock as an error in the block instead of throwing', () => {
    const { el } = render('kind: task', indexOf(), { today: 'not a day' });

    expect(el.querySelector('.vault-stack-error')?.textContent).toContain('could not be shown');
  });

  it('says so when nothing matches', () => {
    expect(render('kind: task\nfilters: title == "nope"').el.querySelector('.vault-stack-empty')?.textContent).toBe(
      'No items match this query.',
    );
  });

  it('renders the rows of a pasted Bases view with a display option and notes the option quietly', () => {
    const { el } = render(
      'kind: task\nfilters: status != "done"\nviews:\n  - type: table\n    order: [title]\n    columnSize: { title: 240 }',
    );

    expect(el.querySelector('.vault-stack-error')).toBeNull();
    expect(el.querySelectorAll('tbody tr')).toHaveLength(5);
    expect(texts(el, '.vault-stack-block-note')).toEqual(['views[0].columnSize is a Bases display option; ignored']);
  });

  it('shows no note for a block without display options', () => {
    expect(render('kind: task').el.querySelector('.vault-stack-block-note')).toBeNull();
  });

  it('never throws and always renders the block, whatever the source', () => {
    const index = indexOf();
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.constantFrom(
            'kind: task\nview: ',
            'filters: [',
            'sort: {a: 1}',
            '&a [*a, *a]',
            'view: heatmap\ndates: title',
            'fields: ["due - today()"]',
          ),
        ),
        (source) => {
          const el = new StaticElement('div');
          renderQueryBlock(el, source, {
            index,
            today: TODAY,
            now: NOW,
            sourcePath: 'Home.md',
            actions: new RecordingActions(),
          });
          return el.toHtml().startsWith('<div><div class="vault-stack-block');
        },
      ),
      { numRuns: 60 },
    );
  });

  it('shows payloads from notes and from the block as text, and a javascript: value never as a link', () => {
    const index = indexOf(HOSTILE_VAULT);

    const { el } = render(
      'fields: [title, note.url, note.link, tags, host]\nname: "<img src=x onerror=alert(1)>"',
      index,
    );
    const errors = render('filters: "<script>alert(1)</script>"', index).el;

    expect(el.querySelectorAll(PAYLOAD_SELECTOR)).toHaveLength(0);
    expect(errors.querySelectorAll(PAYLOAD_SELECTOR)).toHaveLength(0);
    expect(el.querySelector('.vault-stack-block-title')?.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(texts(el, 'td[data-column="note.link"]')).toContain('javascript:alert(1)');
    expect(texts(el, 'td')).toContain('<b>tag</b>');
    expect(Array.from(el.querySelectorAll('a')).every((a) => /^https?:/.test(a.getAttribute('href') ?? ''))).toBe(true);
  });

  it('shows a block with several views through a switcher of their names, one view at a time', () => {
    const { el } = render(MULTI_VIEW);

    expect(texts(el, '.vault-stack-view-switcher button')).toEqual(['Open', 'By priority <b>', 'Done']);
    expect(el.querySelector('.vault-stack-view-switcher button')?.getAttribute('aria-pressed')).toBe('true');
    expect(texts(el, '.vault-stack-view tbody tr td:first-child')).toHaveLength(5);
    expect(texts(el, '.vault-stack-summary-row td')).toEqual(['', 'Filled5']);

    el.querySelectorAll<HTMLButtonElement>('.vault-stack-view-switcher button')[1].click();
    expect(el.querySelectorAll('.vault-stack-view')).toHaveLength(1);
    expect(el.querySelectorAll('.vault-stack-view .vault-stack-row')).toHaveLength(5);
    expect(texts(el, '.vault-stack-summary')).toEqual(['priority Unique1']);
    expect(
      Array.from(el.querySelectorAll('.vault-stack-view-switcher button')).map((b) => b.getAttribute('aria-pressed')),
    ).toEqual(['false', 'true', 'false']);
    expect(el.querySelectorAll(PAYLOAD_SELECTOR)).toHaveLength(0);
  });

  it('builds the same tree in a StaticElement as in the real DOM for every view', () => {
    const sources = [
      'kind: task\nfields: [title, due, tags]',
      'kind: bookmark\nview: list\nfields: [title, url, added]',
      'kind: domain\nview: cards\nfields: [title, expires]',
      'kind: habit\nview: heatmap',
      'kind: domain\nview: timeline\ndates: [expires, tls-expires]',
      'view: nope',
      MULTI_VIEW,
    ];
    const index = indexOf();
    for (const source of sources) {
      const real = document.body.createDiv();
      const fake = new StaticElement('div');
      const ctx = { index, today: TODAY, now: NOW, sourcePath: 'Home.md', actions: new RecordingActions() };

      renderQueryBlock(real, source, ctx);
      renderQueryBlock(fake, source, ctx);

      expect(domTree(parseHtml(fake.toHtml()))).toEqual(domTree(real));
    }
  });
});
