import { DEFERRED_SRC } from '../../lib/sanitize-allowlist.ts';
import { messagesOf, uiLanguage } from '../../i18n/messages.ts';
import { articleMessages } from '../../i18n/zh/article.ts';

/*
 * Remote images in an article are the authors': they may be switched off by the reader or fail
 * to load. Either way the image gives way to a quiet box with its alt text and a button to
 * load it. Built with DOM calls and textContent only: no HTML is parsed here.
 */
const FALLBACK_CLASS = 'image-fallback';

function placeholderFor(img: HTMLImageElement, label: string, onLoad: () => void): HTMLElement {
  const box = img.ownerDocument.createElement('span');
  box.className = FALLBACK_CLASS;
  const text = img.ownerDocument.createElement('span');
  const alt = img.alt.trim();
  text.textContent = alt || messagesOf(articleMessages).image;
  // Inside the Chinese text, the app's own words are in the interface's language.
  if (!alt) text.lang = uiLanguage();
  const button = img.ownerDocument.createElement('button');
  button.type = 'button';
  button.textContent = label;
  button.lang = uiLanguage();
  button.addEventListener('click', onLoad);
  box.append(text, button);
  // The box takes the image's place at the image's size, so nothing below it moves.
  const width = Number(img.getAttribute('width'));
  const height = Number(img.getAttribute('height'));
  if (width > 0 && height > 0) {
    box.style.aspectRatio = `${width} / ${height}`;
    box.style.width = `${width}px`;
  } else {
    // The frame the stylesheet gives an image of unknown size.
    box.style.aspectRatio = '16 / 9';
    box.style.width = '100%';
  }
  return box;
}

function showPlaceholder(img: HTMLImageElement, label: string, url: string): void {
  if (img.nextElementSibling?.classList.contains(FALLBACK_CLASS)) return;
  img.hidden = true;
  const box = placeholderFor(img, label, () => {
    box.remove();
    img.hidden = false;
    img.removeAttribute(DEFERRED_SRC);
    img.src = url;
  });
  img.after(box);
}

/**
 * Wires placeholders into a rendered article body; returns the cleanup. Called in a layout
 * effect, before any image response can arrive, so no error event is missed.
 */
export function attachImageFallbacks(container: HTMLElement): () => void {
  for (const img of Array.from(container.querySelectorAll('img'))) {
    const deferred = img.getAttribute(DEFERRED_SRC);
    if (deferred) showPlaceholder(img, messagesOf(articleMessages).loadImage, deferred);
  }
  // 'error' does not bubble, so it is caught on the way down.
  const onError = (event: Event) => {
    const target = event.target;
    if (target instanceof HTMLImageElement && container.contains(target))
      showPlaceholder(target, messagesOf(articleMessages).reloadImage, target.src);
  };
  container.addEventListener('error', onError, true);
  return () => container.removeEventListener('error', onError, true);
}
