const custom = new Map<string, string>();

/** Puts an icon placeholder `<svg class="svg-icon lucide-<id>">` into an element (no icon font here). */
export function setIcon(parent: HTMLElement, iconId: string): void {
  parent.empty();
  const svg = getIcon(iconId);
  if (svg) parent.appendChild(svg);
}

/** An SVG element for the icon id (a blank 24×24 svg tagged with the id; custom icons are not parsed). */
export function getIcon(iconId: string): SVGSVGElement | null {
  if (typeof document === 'undefined' || iconId === '') return null;
  return createSvg('svg', {
    cls: ['svg-icon', `lucide-${iconId}`],
    attr: { viewBox: '0 0 24 24', 'data-icon': iconId },
  });
}

/** Registers a custom icon id. */
export function addIcon(iconId: string, svgContent: string): void {
  custom.set(iconId, svgContent);
}

/** Unregisters a custom icon id. */
export function removeIcon(iconId: string): void {
  custom.delete(iconId);
}

/** The registered custom icon ids. */
export function getIconIds(): string[] {
  return [...custom.keys()];
}
