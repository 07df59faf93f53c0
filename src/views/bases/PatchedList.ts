import type { ViewElement } from '../dom/ViewElement';

/** An item a patched list can keep: a stable key and a signature that changes whenever its drawing would. */
export interface Keyed {
  key: string;
  signature: string;
}

/**
 * Draws keyed items into slots and keeps them between draws: when the frame (what surrounds the
 * items) and the keys in order are the same as last time, only the items whose signature changed
 * are drawn again, into their own slot; otherwise everything is drawn afresh. A Base hands its
 * views a new result on every vault change, usually with one note changed, so this draws one
 * grid or row instead of thousands.
 */
export class PatchedList<T extends Keyed> {
  private frame: string | null = null;
  private slots: Array<{ key: string; signature: string; el: ViewElement }> = [];

  constructor(private readonly drawItem: (slot: ViewElement, item: T) => void) {}

  /**
   * Draws `items` under `root`. `drawFrame` empties nothing itself: it draws the surroundings into the
   * emptied root and says which element each item's slot goes into. Returns how many items were drawn.
   */
  draw(
    root: ViewElement,
    frame: string,
    items: readonly T[],
    drawFrame: (root: ViewElement) => (item: T) => ViewElement,
  ): number {
    if (frame === this.frame && this.sameKeys(items)) {
      let drawn = 0;
      items.forEach((item, i) => {
        const slot = this.slots[i];
        if (slot === undefined || slot.signature === item.signature) return;
        slot.el.empty();
        this.drawItem(slot.el, item);
        slot.signature = item.signature;
        drawn++;
      });
      return drawn;
    }
    root.empty();
    const parentOf = drawFrame(root);
    this.slots = items.map((item) => {
      const el = parentOf(item).createDiv({ cls: 'vault-stack-slot' });
      this.drawItem(el, item);
      return { key: item.key, signature: item.signature, el };
    });
    this.frame = frame;
    return items.length;
  }

  /** Forgets what was drawn, so the next draw starts afresh. */
  reset(): void {
    this.frame = null;
    this.slots = [];
  }

  private sameKeys(items: readonly T[]): boolean {
    if (items.length !== this.slots.length) return false;
    for (let i = 0; i < items.length; i++) if (items[i]?.key !== this.slots[i]?.key) return false;
    return true;
  }
}
