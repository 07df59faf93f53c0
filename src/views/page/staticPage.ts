import { escapeText, type StaticElement } from '../dom/StaticElement';
import { obsidianThemeCss } from './obsidianTheme';

/** What a standalone page holds. */
export interface StaticPageOptions {
  /** The document title (plain text). */
  title: string;
  /** The plugin's styles.css, inlined. */
  styles: string;
  body: StaticElement;
  /** `light` or `dark` pins a theme; by default the page follows `prefers-color-scheme`. */
  theme?: 'light' | 'dark';
}

/**
 * A complete HTML document around a rendered view: Obsidian-like theme variables, the plugin's
 * stylesheet, the body. It holds no script and loads nothing; `</style` inside the CSS is escaped
 * so the stylesheet cannot end early.
 * @example staticPage({ title: 'Vault Stack', styles, body: root })
 */
export function staticPage(o: StaticPageOptions): string {
  const css = `${obsidianThemeCss()}\n${o.styles}`.replace(/<\/(style)/gi, '<\\/$1');
  const bodyClass = o.theme === undefined ? 'vault-stack-page' : `vault-stack-page theme-${o.theme}`;
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light dark">',
    `<title>${escapeText(o.title)}</title>`,
    `<style>\n${css}</style>`,
    '</head>',
    `<body class="${bodyClass}">`,
    o.body.toHtml(),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
