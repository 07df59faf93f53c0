import type { ItemIndex } from '../../core/index/ItemIndex';
import { formatDate } from '../../core/dashboard/formatDate';
import { safeHttpUrl } from '../../core/dashboard/safeUrl';
import { displayValue, type Value } from '../../core/query';
import type { DateDisplay } from '../../core/dashboard/DashboardOptions';
import type { DashboardActions } from '../DashboardActions';
import type { ViewElement } from '../dom/ViewElement';
import { dateEl, externalLink, noteLink } from '../parts';

/** What rendering a cell needs: the index to resolve links, the actions to open notes, and how to show dates. */
export interface CellContext {
  index: ItemIndex;
  actions: DashboardActions;
  /** `YYYY-MM-DD`, for relative dates. */
  today: string;
  /** How dates are shown, as on the dashboard. */
  dateDisplay: DateDisplay;
}

/**
 * A query value in a cell: a link opens its note (or shows as text when it matches none), an
 * http(s) URL becomes a link, a date a `<time>` shown per `dateDisplay` (ISO in `datetime` and tooltip), a list its elements; everything else is text.
 */
export function renderValue(parent: ViewElement, value: Value, ctx: CellContext): void {
  if (value === null) return;
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      if (i > 0) parent.createSpan({ cls: 'vault-stack-separator', text: ', ' });
      renderValue(parent, v, ctx);
    });
    return;
  }
  if (typeof value === 'boolean') {
    parent.createSpan({ cls: 'vault-stack-boolean', text: value ? 'yes' : 'no' });
    return;
  }
  if (typeof value === 'string') {
    if (safeHttpUrl(value) !== null) externalLink(parent, value);
    else parent.createSpan({ text: value });
    return;
  }
  if (typeof value === 'number') {
    parent.createSpan({ cls: 'vault-stack-number', text: String(value) });
    return;
  }
  if (value.type === 'date') {
    dateEl(parent, formatDate(displayValue(value), ctx.today, ctx.dateDisplay));
    return;
  }
  if (value.type === 'link') {
    const path = ctx.index.resolve(value.target);
    if (path === null) parent.createSpan({ cls: 'vault-stack-dangling', text: value.target });
    else noteLink(parent, ctx.index.get(path)?.title ?? value.target, path, ctx.actions);
    return;
  }
  parent.createSpan({ text: displayValue(value) });
}
