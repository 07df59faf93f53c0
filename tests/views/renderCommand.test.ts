import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { JSDOM } from 'jsdom';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from '../../src/cli/args';
import { CliError } from '../../src/cli/CliError';
import { renderCommand } from '../../src/cli/commands/render';
import { MemoryIo } from '../cli/support/MemoryIo';
import { TempVault } from '../cli/support/TempVault';
import { writeBuiltStyles, ROOT } from './support/builtStyles';

const EXAMPLE_VAULT = join(ROOT, 'examples', 'vault');
let work: string;
let stylesFile: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'vault-stack-render-'));
  stylesFile = join(work, 'styles.css');
  writeBuiltStyles(stylesFile);
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

function render(argv: string[]): { code: number; io: MemoryIo } {
  const io = new MemoryIo(work, { cacheHome: join(work, 'cache') });
  const code = renderCommand.run({
    io,
    args: parseArgs(argv, renderCommand.spec, 'render'),
    version: '0.0.0-test',
  }) as number;
  return { code, io };
}

function parse(file: string): Document {
  // jsdom parses like a browser and runs no script by default.
  return new JSDOM(readFileSync(file, 'utf8')).window.document;
}

describe('vault-stack render', () => {
  it('writes the example vault dashboard as a page that parses, with the attention entries and no script', () => {
    const out = join(work, 'example.html');

    const { code, io } = render([
      EXAMPLE_VAULT,
      '--out',
      out,
      '--today',
      '2026-11-28',
      '--now',
      '2026-11-28T09:00',
      '--styles',
      stylesFile,
      '--no-cache',
    ]);

    expect(code).toBe(0);
    expect(io.err).toMatch(/^wrote .*example\.html: \d+ need attention, \d+ items\n$/);
    const doc = parse(out);
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    expect(doc.querySelectorAll('button')).toHaveLength(0);
    expect(
      Array.from(doc.querySelectorAll('*'))
        .flatMap((e) => e.getAttributeNames())
        .filter((n) => n.startsWith('on')),
    ).toEqual([]);
    const attention = Array.from(doc.querySelectorAll('.vault-stack-section-attention li .vault-stack-note-name')).map(
      (b) => b.textContent,
    );
    expect(attention.length).toBeGreaterThan(5);
    expect(attention).toContain('Vaultwarden to borg');
    expect(doc.querySelector('.vault-stack-today')?.textContent).toBe('Saturday 28 November 2026');
    expect(doc.title).toBe('Vault Stack: Saturday 28 November 2026');
    const css = doc.querySelector('style')?.textContent ?? '';
    expect(css).toContain('.vault-stack-dashboard');
    expect(css).toContain('prefers-color-scheme: dark');
  });

  it('renders hostile notes escaped: payloads are text, a javascript: URL is no link', () => {
    const vault = new TempVault();
    vault.note('Tasks/Img.md', [
      'stack: task',
      'title: "<img src=x onerror=\\"window.__pwned=1\\">"',
      'due: 2026-11-27',
    ]);
    vault.note('Habits/Script.md', [
      'stack: habit',
      'title: "</style><script>window.__pwned=2</script>"',
      'goal: daily',
    ]);
    vault.note('Reading/Js.md', ['stack: bookmark', 'url: "javascript:alert(1)"']);
    const out = join(work, 'hostile.html');

    const { code } = render([vault.root, '--out', out, '--today', '2026-11-28', '--styles', stylesFile, '--no-cache']);
    vault.remove();

    expect(code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    const doc = parse(out);
    expect(doc.querySelectorAll('script, img, a[href^="javascript"]')).toHaveLength(0);
    expect(doc.body.textContent).toContain('<img src=x onerror="window.__pwned=1">');
    expect(doc.body.textContent).toContain('</style><script>window.__pwned=2</script>');
    expect(doc.body.textContent).toContain('"javascript:alert(1)" is not an http or https URL');
  });

  it('follows the sections and date display of the plugin settings stored in the vault', () => {
    const vault = new TempVault();
    vault.note('Tasks/Pay rent.md', ['stack: task', 'due: 2026-11-30']);
    vault.write(
      '.config/plugins/vault-stack/data.json',
      JSON.stringify({ sections: ['today', 'attention'], dateDisplay: 'relative' }),
    );
    vault.note('Tasks/Late.md', ['stack: task', 'due: 2026-11-26']);
    const out = join(work, 'settings.html');

    render([
      vault.root,
      '--out',
      out,
      '--today',
      '2026-11-28',
      '--styles',
      stylesFile,
      '--no-cache',
      '--theme',
      'dark',
    ]);
    vault.remove();

    const doc = parse(out);
    expect(Array.from(doc.querySelectorAll('section')).map((s) => s.getAttribute('aria-label'))).toEqual([
      'Today',
      'Needs attention',
    ]);
    expect(doc.querySelector('.vault-stack-task time')?.textContent).toBe('2 days ago');
    expect(doc.body.classList.contains('theme-dark')).toBe(true);
  });

  it('asks for --out, and names the stylesheet it could not read', () => {
    const missing = join(work, 'nope.css');

    const usage = (): unknown => render([EXAMPLE_VAULT]);
    const styles = (): unknown => render([EXAMPLE_VAULT, '--out', join(work, 'x.html'), '--styles', missing]);

    expect(usage).toThrow(CliError);
    expect(usage).toThrow('render needs --out FILE');
    expect(styles).toThrow(`cannot read the stylesheet ${missing} (ENOENT)`);
  });
});
