import { ItemView } from './ItemView';

/** The view of a new leaf, or of a leaf whose view type is not registered (Obsidian's "empty" view). */
export class EmptyView extends ItemView {
  override navigation = true;

  constructor(
    leaf: ConstructorParameters<typeof ItemView>[0],
    private readonly requestedType = 'empty',
  ) {
    super(leaf);
  }

  /** "empty". */
  getViewType(): string {
    return 'empty';
  }

  /** "New tab", or the missing type. */
  getDisplayText(): string {
    return this.requestedType === 'empty' ? 'New tab' : `Plugin no longer active (${this.requestedType})`;
  }
}
