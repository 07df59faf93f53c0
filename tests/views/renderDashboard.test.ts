/**
 * @jest-environment jsdom
 */
import 'obsidian';
import { afterEach, describe, expect, it } from '@jest/globals';
import { buildDashboard } from '../../src/core/dashboard/buildDashboard';
import { StaticElement } from '../../src/views/dom/StaticElement';
import { renderDashboard } from '../../src/views/renderDashboard';
import { DEFAULT_SETTINGS } from '../../src/settings/settings';
import { indexOf, NOW, TODAY } from '../core/dashboard/dashboardVault';
import { domTree, parseHtml } from './support/domTree';
import { HOSTILE_VAULT, PAYLOAD_SELECTOR } from './support/hostileVault';
import { RecordingActions } from './support/RecordingActions';

function rendered(notes?: Record<string, string>): { el: HTMLElement; actions: RecordingActions } {
  const el = document.body.createDiv();
  const actions = new RecordingActions();
  renderDashboard(el, buildDashboard(indexOf(notes), { today: TODAY, now: NOW, settings: DEFAULT_SETTINGS }), actions);
  return { el, actions };
}

function button(el: HTMLElement, label: string): HTMLButtonElement {
  const found = Array.from(el.querySelectorAll('button')).find(
    (b) => b.getAttribute('aria-label') === label || b.textContent === label,
  );
  if (!found) throw new Error(`no button "${label}"`);
  return found;
}

function sectionOf(el: HTMLElement, heading: string): HTMLElement {
  const s = el.querySelector<HTMLElement>(`section[aria-label="${heading}"]`);
  if (!s) throw new Error(`no section ${heading}`);
  return s;
}

afterEach(() => document.body.empty());

describe('renderDashboard into a real DOM', () => {
  it('gives every section a heading, in the order of the settings', () => {
    const { el } = rendered();

    expect(Array.from(el.querySelectorAll('section > h3')).map((h) => h.firstChild?.textContent)).toEqual([
      'Needs attention',
      'Today',
      'Reading list',
      'Infrastructure',
      'Problems',
    ]);
    expect(el.querySelector('.vault-stack-today')?.textContent).toBe('Saturday 28 November 2026');
  });

  it('checks in a habit for today from its button and disables the button', () => {
    const { el, actions } = rendered();
    const today = sectionOf(el, 'Today');

    const checkIn = button(today, 'Check in Meditate for today');
    checkIn.click();
    checkIn.click();

    expect(actions.calls).toEqual(['checkInHabit(Habits/Meditate.md, 2026-11-28)']);
    expect(checkIn.disabled).toBe(true);
    expect(today.querySelector('.vault-stack-habit.is-done')?.textContent).toContain('Done today');
  });

  it('completes a task from its checkbox button', () => {
    const { el, actions } = rendered();

    button(sectionOf(el, 'Today'), 'Complete Pay rent').click();

    expect(actions.calls).toEqual(['completeTask(Tasks/Pay rent.md)']);
  });

  it('sets a bookmark status from its status buttons, marking the current one pressed', () => {
    const { el, actions } = rendered();
    const group = sectionOf(el, 'Reading list').querySelector<HTMLElement>('[aria-label="Status of Old post"]')!;

    const pressed = Array.from(group.querySelectorAll('button'))
      .filter((b) => b.getAttribute('aria-pressed') === 'true')
      .map((b) => b.textContent);
    Array.from(group.querySelectorAll('button'))
      .find((b) => b.textContent === 'Read')!
      .click();

    expect(pressed).toEqual(['Inbox']);
    expect(actions.calls).toEqual(['setBookmarkStatus(Reading/Old post.md, read)']);
  });

  it('opens an item note from its title and a problem note at its field', () => {
    const { el, actions } = rendered();

    Array.from(sectionOf(el, 'Reading list').querySelectorAll<HTMLButtonElement>('button.vault-stack-note-link'))
      .find((b) => b.textContent === 'New post')!
      .click();
    button(sectionOf(el, 'Problems'), 'Open Broken.md:3 at due').click();

    expect(actions.calls).toEqual(['openNote(Reading/New post.md)', 'openNote(Broken.md, due)']);
  });

  it('offers backup and secret fixes only when the host provides them', () => {
    const { el, actions } = rendered();
    const bare = document.body.createDiv();
    const model = buildDashboard(indexOf(), { today: TODAY, now: NOW, settings: DEFAULT_SETTINGS });
    renderDashboard(bare, model, {
      openNote: () => undefined,
      checkInHabit: () => undefined,
      completeTask: () => undefined,
      setBookmarkStatus: () => undefined,
    });

    button(sectionOf(el, 'Infrastructure'), 'Record a failed run of Restic NAS').click();
    button(sectionOf(el, 'Needs attention'), 'Mark Cloudflare token rotated today').click();

    expect(actions.calls).toEqual([
      'recordBackupRun(Infra/Backups/Restic NAS.md, failed)',
      'markSecretRotated(Infra/Secrets/Cloudflare token.md)',
    ]);
    expect(
      bare.querySelectorAll('.vault-stack-backup-ok, .vault-stack-backup-failed, .vault-stack-rotated'),
    ).toHaveLength(0);
  });

  it('links only http and https URLs, in a new window without an opener', () => {
    const { el } = rendered();

    const links = Array.from(el.querySelectorAll('a'));

    expect(links.length).toBeGreaterThan(0);
    for (const a of links) {
      expect(a.getAttribute('href')).toMatch(/^https?:\/\//);
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
      expect(a.getAttribute('target')).toBe('_blank');
    }
  });

  it('shows HTML and script payloads from notes as text', () => {
    const { el } = rendered(HOSTILE_VAULT);

    expect(el.querySelectorAll(PAYLOAD_SELECTOR)).toHaveLength(0);
    expect(Array.from(el.querySelectorAll('a')).map((a) => a.getAttribute('href'))).toEqual([
      'https://example.com/?q=<script>alert(1)</script>',
    ]);
    expect(el.textContent).toContain('<img src=x onerror="window.__pwned=1">');
    expect(el.textContent).toContain('<script>window.__pwned=2</script>');
    expect(el.textContent).toContain('"javascript:alert(1)" is not an http or https URL');
  });

  it('uses no inline styles and only vault-stack- classes (plus is- state modifiers)', () => {
    const { el } = rendered();

    expect(el.querySelectorAll('[style]')).toHaveLength(0);
    const classes = new Set(Array.from(el.querySelectorAll('[class]')).flatMap((e) => Array.from(e.classList)));
    expect([...classes].filter((c) => !c.startsWith('vault-stack-') && !c.startsWith('is-'))).toEqual([]);
  });
});

describe('renderDashboard with a long list', () => {
  it('draws the first 200 problems and says how many more there are', () => {
    const notes: Record<string, string> = {};
    for (let i = 0; i < 250; i++) notes[`Broken/${String(i).padStart(3, '0')}.md`] = 'stack: task\ndue: 2026-13-45';
    const el = document.body.createDiv();

    renderDashboard(
      el,
      buildDashboard(indexOf(notes), {
        today: TODAY,
        now: NOW,
        settings: { ...DEFAULT_SETTINGS, sections: ['problems'] },
      }),
      new RecordingActions(),
    );

    expect(el.querySelectorAll('.vault-stack-problem')).toHaveLength(200);
    expect(el.querySelector('.vault-stack-more')?.textContent).toBe('50 more problems not shown.');
    expect(el.querySelector('.vault-stack-section-heading .vault-stack-count')?.textContent).toBe('250');
  });
  it('draws the rows the model built for today and counts every task from the model totals', () => {
    const notes: Record<string, string> = {};
    for (let i = 0; i < 250; i++) notes[`Tasks/T${String(i).padStart(3, '0')}.md`] = 'stack: task\ndue: 2026-11-01';
    const el = document.body.createDiv();

    renderDashboard(
      el,
      buildDashboard(indexOf(notes), {
        today: TODAY,
        now: NOW,
        settings: { ...DEFAULT_SETTINGS, sections: ['today'] },
      }),
      new RecordingActions(),
    );

    expect(el.querySelectorAll('.vault-stack-task')).toHaveLength(200);
    expect(el.querySelector('.vault-stack-more')?.textContent).toBe('50 more tasks not shown.');
    expect(el.querySelector('.vault-stack-section-heading .vault-stack-count')?.textContent).toBe('250');
  });
});

describe('action buttons after the action settles', () => {
  /** Actions that report a fixed outcome, as the plugin does once its write is done. */
  function renderedWithOutcome(changed: boolean | 'fails'): HTMLElement {
    const el = document.body.createDiv();
    const outcome = (): Promise<boolean> =>
      changed === 'fails' ? Promise.reject(new Error('disk full')) : Promise.resolve(changed);
    const actions = Object.assign(new RecordingActions(), {
      checkInHabit: outcome,
      completeTask: outcome,
      setBookmarkStatus: outcome,
    });
    renderDashboard(el, buildDashboard(indexOf(), { today: TODAY, now: NOW, settings: DEFAULT_SETTINGS }), actions);
    return el;
  }
  const settle = (): Promise<void> => new Promise((resolve) => window.setTimeout(resolve, 0));

  it('stays disabled when the note changed (the redraw replaces it)', async () => {
    const checkIn = button(sectionOf(renderedWithOutcome(true), 'Today'), 'Check in Meditate for today');

    checkIn.click();
    await settle();

    expect(checkIn.disabled).toBe(true);
  });

  it('enables itself again when the edit was refused or changed nothing', async () => {
    const checkIn = button(sectionOf(renderedWithOutcome(false), 'Today'), 'Check in Meditate for today');

    checkIn.click();
    expect(checkIn.disabled).toBe(true);
    await settle();

    expect(checkIn.disabled).toBe(false);
    expect(checkIn.hasAttribute('aria-busy')).toBe(false);
  });

  it('enables a bookmark status button again when the action fails', async () => {
    const reading = sectionOf(renderedWithOutcome('fails'), 'Reading list');
    const read = Array.from(reading.querySelectorAll<HTMLButtonElement>('button[data-status="read"]'))[0];

    read.click();
    await settle();

    expect(read.disabled).toBe(false);
  });
});

describe('renderDashboard into a StaticElement', () => {
  it.each([
    ['the dashboard vault', undefined],
    ['the hostile vault', HOSTILE_VAULT],
  ] as const)('builds the same tree as the real DOM for %s', (_name, notes) => {
    const model = buildDashboard(indexOf(notes), { today: TODAY, now: NOW, settings: DEFAULT_SETTINGS });
    const real = document.body.createDiv();
    const fake = new StaticElement('div');

    renderDashboard(real, model, new RecordingActions());
    renderDashboard(fake, model, new RecordingActions());

    expect(domTree(parseHtml(fake.toHtml()))).toEqual(domTree(real));
  });
});
