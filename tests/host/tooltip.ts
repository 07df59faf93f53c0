import type * as O from 'obsidian';

/** Sets an element's tooltip (`aria-label`, as Obsidian does). */
export function setTooltip(el: HTMLElement, tooltip: string, options?: O.TooltipOptions): void {
  el.setAttr('aria-label', tooltip);
  if (options?.placement) el.setAttr('data-tooltip-position', options.placement);
}

/** Shows a tooltip: recorded on the element as `aria-label` (no popup here). */
export function displayTooltip(
  newTargetEl: HTMLElement,
  content: string | DocumentFragment,
  options?: O.TooltipOptions,
): void {
  setTooltip(newTargetEl, typeof content === 'string' ? content : (content.textContent ?? ''), options);
}
