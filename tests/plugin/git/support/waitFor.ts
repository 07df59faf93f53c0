/** Polls until `check` passes (commands start async work and return at once); fails after `limitMs`. */
export async function waitFor(check: () => boolean, limitMs = 5000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > limitMs) throw new Error('waitFor: condition never held');
    await new Promise((resolve) => window.setTimeout(resolve, 5));
  }
}

/** The row texts of an open list modal. */
export function modalRows(modal: { contentEl: HTMLElement }): string[] {
  return [...modal.contentEl.querySelectorAll('.vault-stack-list-modal-text')].map((el) => el.textContent ?? '');
}
