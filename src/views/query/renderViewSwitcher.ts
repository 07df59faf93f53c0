import type { Query } from '../../core/query';
import type { ViewElement } from '../dom/ViewElement';

/**
 * A block with several views: the block's name, a row of buttons named after the views, and the
 * chosen view below them (the first at first); a click shows another view in place.
 */
export function renderViewSwitcher(
  block: ViewElement,
  views: readonly Query[],
  show: (target: ViewElement, q: Query) => void,
  showErrors: (target: ViewElement, messages: readonly string[]) => void,
): void {
  block.addClass('vault-stack-views');
  if (views[0].name !== null) block.createEl('h4', { cls: 'vault-stack-block-title', text: views[0].name });
  const bar = block.createDiv({ cls: 'vault-stack-view-switcher', attr: { role: 'group', 'aria-label': 'Views' } });
  const body = block.createDiv({ cls: 'vault-stack-view-body' });
  const buttons = views.map((view, i) =>
    bar.createEl('button', {
      cls: 'vault-stack-view-button',
      text: view.viewName ?? `View ${i + 1}`,
      attr: { type: 'button', 'aria-pressed': i === 0 ? 'true' : 'false' },
    }),
  );
  const select = (i: number): void => {
    buttons.forEach((b, j) => {
      b.setAttr('aria-pressed', i === j ? 'true' : 'false');
      b.toggleClass('is-active', i === j);
    });
    body.empty();
    const target = body.createDiv({ cls: 'vault-stack-view' });
    try {
      // The view's own name is on its button: the heading would repeat it.
      show(target, { ...views[i], name: null });
    } catch (error) {
      target.empty();
      showErrors(target, [`This view could not be shown: ${error instanceof Error ? error.message : String(error)}`]);
    }
  };
  buttons.forEach((b, i) => b.addEventListener('click', () => select(i)));
  select(0);
}
