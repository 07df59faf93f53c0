import type { BaseStatusModel, StatusCard } from '../../core/bases/statusModel';
import type { DashboardActions } from '../DashboardActions';
import type { ViewElement } from '../dom/ViewElement';
import { badge, moreNote, noteLink } from '../parts';
import { PatchedList } from './PatchedList';

/**
 * Draws the Bases status board: one card per note, most pressing first: title, kind and score,
 * the derived state as badges, what needs the user, and the Base's visible properties. Notes
 * that are not Vault Stack items get a card with their properties. Between draws only cards whose
 * state changed are drawn again (when the order stays the same).
 */
export class BaseStatusRenderer {
  private readonly list = new PatchedList<StatusCard>((slot, card) => this.drawCard(slot, card));

  constructor(private readonly actions: DashboardActions) {}

  /** Forgets what was drawn: the next render draws everything. */
  reset(): void {
    this.list.reset();
  }

  /** Draws `model` into `root`; returns how many cards were drawn (0 when nothing changed). */
  render(root: ViewElement, model: BaseStatusModel): number {
    return this.list.draw(root, `${model.hidden}|${model.cards.length === 0}`, model.cards, (el) => {
      const box = el.createDiv({ cls: ['vault-stack-bases', 'vault-stack-bases-status'] });
      const list = box.createDiv({ cls: 'vault-stack-status-board', attr: { role: 'list' } });
      if (model.cards.length === 0) box.createEl('p', { cls: 'vault-stack-empty', text: 'No notes in this view yet.' });
      moreNote(box, model.cards.length, model.cards.length + model.hidden, 'notes');
      return () => list;
    });
  }

  private drawCard(slot: ViewElement, card: StatusCard): void {
    const el = slot.createDiv({
      cls: ['vault-stack-status-card', `vault-stack-severity-${card.severity ?? 'none'}`],
      attr: { role: 'listitem', 'data-key': card.key },
    });
    const head = el.createDiv({ cls: 'vault-stack-status-head' });
    noteLink(head, card.title, card.path, this.actions);
    head.createSpan({ cls: 'vault-stack-kind', text: card.kind ?? 'note' });
    if (card.score > 0)
      head.createSpan({
        cls: 'vault-stack-status-score',
        text: String(card.score),
        attr: { title: 'Attention score', 'aria-label': `attention score ${card.score}` },
      });
    if (card.badges.length > 0) {
      const badges = el.createDiv({ cls: 'vault-stack-status-badges' });
      for (const b of card.badges) {
        const shown = badge(badges, b.text, b.tone);
        if (b.title !== undefined) shown.setAttr('title', b.title);
      }
    }
    if (card.reasons.length > 0) {
      const reasons = el.createEl('ul', { cls: 'vault-stack-status-reasons' });
      for (const reason of card.reasons) reasons.createEl('li', { text: reason });
    }
    if (card.properties.length > 0) {
      const props = el.createDiv({ cls: 'vault-stack-status-properties' });
      for (const p of card.properties) {
        const line = props.createDiv({ cls: 'vault-stack-status-property' });
        line.createSpan({ cls: 'vault-stack-field-label', text: p.name });
        line.createSpan({ cls: 'vault-stack-field-value', text: p.value });
      }
    }
  }
}
