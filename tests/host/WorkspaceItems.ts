import type * as O from 'obsidian';
import { Events } from './Events';

/** Host stand-in for Obsidian's split/tab containers: enough for `parent` checks and sidebar collapse. */
export class WorkspaceContainerItem extends Events {
  collapsed = false;
  parent: WorkspaceContainerItem | null = null;

  constructor(
    /** Host-only: "root", "left" or "right". */
    readonly side: 'root' | 'left' | 'right',
  ) {
    super();
  }

  /** The top-level item. */
  getRoot(): WorkspaceContainerItem {
    return this.parent ? this.parent.getRoot() : this;
  }

  /** The container (the root split). */
  getContainer(): WorkspaceContainerItem {
    return this.getRoot();
  }

  /** Sidebar: toggle collapsed. */
  toggle(): void {
    this.collapsed = !this.collapsed;
  }

  /** Sidebar: collapse. */
  collapse(): void {
    this.collapsed = true;
  }

  /** Sidebar: expand. */
  expand(): void {
    this.collapsed = false;
  }
}

/** Casts a host container to the declared Obsidian type it stands in for. */
export function asDeclared<T extends O.WorkspaceItem | O.WorkspaceRibbon>(item: WorkspaceContainerItem | object): T {
  return item as unknown as T;
}
