import type * as O from 'obsidian';

/** A notice as recorded by the host. */
export interface RecordedNotice {
  message: string;
  duration: number | undefined;
  hidden: boolean;
}

const recorded: RecordedNotice[] = [];

/** Obsidian's Notice: recorded so tests can read it; elements exist when a DOM does. */
export class Notice implements O.Notice {
  /** Deprecated alias of `messageEl`. */
  get noticeEl(): HTMLElement {
    return this.messageEl;
  }
  containerEl: HTMLElement;
  messageEl: HTMLElement;
  private readonly record: RecordedNotice;

  constructor(message: string | DocumentFragment, duration?: number) {
    this.record = { message: textOf(message), duration, hidden: false };
    recorded.push(this.record);
    if (typeof document === 'undefined') {
      // No DOM (node test environment): the elements are inert placeholders.
      this.containerEl = this.messageEl = undefined as unknown as HTMLElement;
      return;
    }
    const host =
      document.body.querySelector('.notice-container') ?? document.body.createDiv({ cls: 'notice-container' });
    this.containerEl = host.createDiv({ cls: 'notice' });
    this.messageEl = this.containerEl.createDiv({ cls: 'notice-message' });
    this.messageEl.setText(message);
  }

  /** Replaces the message. */
  setMessage(message: string | DocumentFragment): this {
    this.record.message = textOf(message);
    this.messageEl?.setText(message);
    return this;
  }

  /** Hides the notice. */
  hide(): void {
    this.record.hidden = true;
    this.containerEl?.detach();
  }
}

function textOf(message: string | DocumentFragment): string {
  return typeof message === 'string' ? message : (message.textContent ?? '');
}

/** Host-only: the notices shown since the last `clearNotices`, oldest first. */
export function getNotices(): RecordedNotice[] {
  return [...recorded];
}

/** Host-only: the notice texts shown since the last `clearNotices`. */
export function noticeMessages(): string[] {
  return recorded.map((n) => n.message);
}

/** Host-only: forgets recorded notices. */
export function clearNotices(): void {
  recorded.length = 0;
}
