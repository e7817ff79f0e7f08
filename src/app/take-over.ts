/**
 * The moment the app replaces a prerendered page: what the reader already typed into the search
 * box, and where the focus was, carry over to the live page (links already work without the app;
 * a click on a checkbox in that moment is the one thing lost).
 */
export function takeOver(container: HTMLElement, render: () => void): void {
  const before = container.querySelector<HTMLInputElement>('input[type="search"]');
  const typed = before?.value ?? '';
  const focused = before !== null && before === document.activeElement;
  render();
  container.removeAttribute('data-prerendered');
  const after = container.querySelector<HTMLInputElement>('input[type="search"]');
  if (!after) return;
  if (typed !== '' && after.value !== typed) {
    // The native setter, then an input event: how React's onChange learns of a value it did not set.
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(after, typed);
    after.dispatchEvent(new Event('input', { bubbles: true }));
  }
  if (focused) after.focus();
}
