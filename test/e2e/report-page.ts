import type { Page } from 'playwright-core';

/** The heading's top relative to the viewport and the text of the first paragraph after it. */
export async function headingState(page: Page, id: string): Promise<{ top: number; next: string; focused: boolean }> {
  return page.evaluate((target) => {
    const el = document.getElementById(target);
    if (!el) return { top: -1, next: '', focused: false };
    let sibling = el.nextElementSibling;
    while (sibling && sibling.tagName !== 'P') sibling = sibling.nextElementSibling;
    return {
      top: Math.round(el.getBoundingClientRect().top),
      next: sibling?.textContent ?? '',
      focused: document.activeElement === el,
    };
  }, id);
}

/** Whether the page is scrolled to its end (a heading near the end cannot reach the top). */
export function atBottom(page: Page): Promise<boolean> {
  return page.evaluate(() => window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2);
}
