/** Obsidian's default-theme values of the CSS variables the styles use, light. */
const LIGHT: Record<string, string> = {
  '--background-primary': '#ffffff',
  '--background-secondary': '#f6f6f6',
  '--background-modifier-border': '#e0e0e0',
  '--background-modifier-border-hover': '#d4d4d4',
  '--background-modifier-hover': 'rgba(0, 0, 0, 0.067)',
  '--text-normal': '#222222',
  '--text-muted': '#5c5c5c',
  '--text-faint': '#ababab',
  '--text-error': '#e93147',
  '--text-on-accent': '#ffffff',
  '--interactive-normal': '#ffffff',
  '--interactive-hover': '#f0f0f0',
  '--interactive-accent': '#8a5cf5',
  '--interactive-accent-hover': '#7a4ee5',
  '--link-color': '#8a5cf5',
  '--link-color-hover': '#6d3fe0',
  '--link-external-color': '#8a5cf5',
  '--color-red': '#e93147',
  '--color-orange': '#d5600f',
  '--color-green': '#08a045',
  '--color-blue': '#086ddd',
};

/** The same variables in Obsidian's default dark theme. */
const DARK: Record<string, string> = {
  '--background-primary': '#1e1e1e',
  '--background-secondary': '#262626',
  '--background-modifier-border': '#363636',
  '--background-modifier-border-hover': '#474747',
  '--background-modifier-hover': 'rgba(255, 255, 255, 0.075)',
  '--text-normal': '#dadada',
  '--text-muted': '#b3b3b3',
  '--text-faint': '#7f7f7f',
  '--text-error': '#fb464c',
  '--text-on-accent': '#ffffff',
  '--interactive-normal': '#363636',
  '--interactive-hover': '#3f3f3f',
  '--interactive-accent': '#7f6df2',
  '--interactive-accent-hover': '#8875ff',
  '--link-color': '#a68af9',
  '--link-color-hover': '#bba8fb',
  '--link-external-color': '#a68af9',
  '--color-red': '#fb464c',
  '--color-orange': '#e9973f',
  '--color-green': '#44cf6e',
  '--color-blue': '#027aff',
};

/** Sizes and fonts, shared by both themes. */
const SHARED: Record<string, string> = {
  '--font-interface':
    "ui-sans-serif, -apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
  '--font-monospace': "ui-monospace, SFMono-Regular, Menlo, Consolas, 'Liberation Mono', monospace",
  '--font-ui-smaller': '12px',
  '--font-ui-small': '13px',
  '--font-ui-medium': '15px',
  '--font-ui-large': '20px',
  '--font-semibold': '600',
  '--line-height-tight': '1.3',
  '--h2-size': '1.6em',
  '--border-width': '1px',
  '--radius-s': '4px',
  '--radius-m': '8px',
  '--radius-l': '12px',
  '--size-2-1': '2px',
  '--size-2-2': '4px',
  '--size-2-3': '6px',
  '--size-4-1': '4px',
  '--size-4-2': '8px',
  '--size-4-3': '12px',
  '--size-4-4': '16px',
  '--size-4-5': '20px',
  '--size-4-6': '24px',
  '--size-4-8': '32px',
  '--cursor-link': 'pointer',
};

function block(selector: string, vars: Record<string, string>): string {
  return `${selector} {\n${Object.entries(vars)
    .map(([k, v]) => `  ${k}: ${v};`)
    .join('\n')}\n}\n`;
}

/**
 * CSS that makes a standalone page look like Obsidian around the plugin's styles: the default
 * theme's variables (light, and dark under `prefers-color-scheme: dark` or `body.theme-dark`),
 * the body font and background, and Obsidian's plain button look.
 */
export function obsidianThemeCss(): string {
  return [
    block(':root, body.theme-light', { ...SHARED, ...LIGHT }),
    `@media (prefers-color-scheme: dark) {\n${block(':root:not(.theme-light)', DARK)}}\n`,
    block('body.theme-dark', DARK),
    `body { margin: 0; background-color: var(--background-primary); color: var(--text-normal); font-family: var(--font-interface); font-size: var(--font-ui-medium); }
button { font-family: inherit; font-size: var(--font-ui-small); padding: var(--size-2-2) var(--size-4-3); border: 0; border-radius: var(--radius-s); background-color: var(--interactive-normal); color: var(--text-normal); box-shadow: 0 1px 2px rgba(0, 0, 0, 0.15); cursor: pointer; }
button:hover { background-color: var(--interactive-hover); }
a { color: var(--link-color); }
code { font-family: var(--font-monospace); font-size: 0.9em; padding: 0 var(--size-2-1); border-radius: var(--radius-s); background-color: var(--background-secondary); }
`,
  ].join('\n');
}
