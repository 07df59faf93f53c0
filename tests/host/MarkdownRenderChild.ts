import type * as O from 'obsidian';
import { Component } from './Component';

/** Obsidian's MarkdownRenderChild: a Component tied to an element of rendered markdown. */
export class MarkdownRenderChild extends Component implements O.MarkdownRenderChild {
  constructor(public containerEl: HTMLElement) {
    super();
  }
}
