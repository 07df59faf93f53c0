import { StaticElement } from '../dom/StaticElement';
import { moveBefore, type ViewElement } from '../dom/ViewElement';
import type { DrawRows } from '../dashboard/drawRows';

/** One drawn row: the markup it had, and its element. */
interface Signed {
  html: string;
  el: ViewElement;
}

/**
 * Rows drawn by key across redraws of one ```stack block: each row is first drawn into a
 * `StaticElement` (no DOM) and its markup compared with what was drawn under the same key last
 * time; an identical row keeps its element (moved into the new list), a changed or new one is
 * drawn. The markup covers everything a row shows, including what it reads from the index (a
 * link's resolved title), so a kept row is never stale. Call `begin` before each redraw.
 * @example const rows = new SignedRows(); rows.begin(); renderQueryBlock(el, source, ctx, rows.draw)
 */
export class SignedRows {
  private before = new Map<string, Signed>();
  private now = new Map<string, Signed>();
  /** Rows kept and drawn by the last redraw. */
  kept = 0;
  drawn = 0;

  /** Starts a redraw: what the last one drew becomes what this one may keep. */
  begin(): void {
    this.before = this.now;
    this.now = new Map();
    this.kept = 0;
    this.drawn = 0;
  }

  readonly draw: DrawRows = (list, name, rows, draw) => {
    for (const row of rows) {
      let key = `${name}\u0000${row.path}`;
      for (let n = 1; this.now.has(key); n++) key = `${name}\u0000${row.path}\u0000${n}`;
      const probe = new StaticElement('div');
      draw(probe, row);
      const html = probe.toHtml();
      const was = this.before.get(key);
      if (was && was.html === html) {
        moveBefore(list, was.el, null);
        this.now.set(key, was);
        this.kept++;
      } else {
        this.now.set(key, { html, el: draw(list, row) });
        this.drawn++;
      }
    }
  };
}
