import type * as O from 'obsidian';
import { Component } from './Component';
import { notImplemented } from './HostError';
import type { Public } from './Public';
import type { QueryController } from './QueryController';

/**
 * Obsidian's BasesView: a view type's instance, handed the controller's app, config, properties
 * and latest result; the controller replaces `data` and calls `onDataUpdated` on every change.
 */
export abstract class BasesView extends Component implements Public<O.BasesView> {
  abstract type: string;
  app: O.App;
  config: O.BasesViewConfig;
  allProperties: O.BasesPropertyId[];
  data: O.BasesQueryResult;

  protected constructor(controller: O.QueryController) {
    super();
    const host = controller as unknown as QueryController;
    this.app = host.app;
    this.config = host.config;
    this.allProperties = host.allProperties;
    this.data = host.result;
  }

  abstract onDataUpdated(): void;

  createFileForView(_baseFileName?: string, _frontmatterProcessor?: (frontmatter: unknown) => void): Promise<void> {
    throw notImplemented('BasesView.createFileForView');
  }
}
