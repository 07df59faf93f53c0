import type * as O from 'obsidian';
import type { App } from './App';
import { BasesViewConfig } from './BasesViewConfig';
import { HostError } from './HostError';
import { QueryController, type HostBase } from './QueryController';

/** A Base open in the host: its controller (options, refresh) and the view the registration's factory made. */
export interface OpenBase {
  controller: QueryController;
  view: O.BasesView;
  containerEl: HTMLElement;
  /** Closes the Base: unloads the controller and the view, removes the container. */
  close(): void;
}

/**
 * Opens a Base showing `base.view.type` like picking it in the view menu: a controller runs the
 * query, the registered factory makes the view in a container under the document body, and the
 * view gets its first result. Needs a DOM.
 */
export function openBase(app: App, base: HostBase): OpenBase {
  const registration = app.plugins.basesViews.get(base.view.type);
  if (!registration) throw new HostError('ENOENT', `no Bases view type "${base.view.type}" is registered`);
  const containerEl = createDiv({ cls: 'bases-view' });
  activeDocument.body.appendChild(containerEl);
  const controller = new QueryController(app, base);
  controller.load();
  const view = controller.hostShow(registration, containerEl);
  return {
    controller,
    view,
    containerEl,
    close: () => {
      controller.unload();
      containerEl.remove();
    },
  };
}

/** The options a registered view type offers in the view menu for a view entry (empty without `options`). */
export function basesViewOptions(app: App, base: HostBase): O.BasesAllOptions[] {
  const registration = app.plugins.basesViews.get(base.view.type);
  if (!registration) throw new HostError('ENOENT', `no Bases view type "${base.view.type}" is registered`);
  return registration.options?.(new BasesViewConfig(base.view, base.properties)) ?? [];
}
