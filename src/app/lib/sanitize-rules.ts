import { LAZY_IMAGE_ATTRIBUTES, VIDEO_HOSTS } from '#shared/news-html.ts';
import { httpsImageUrl } from './image-url.ts';
import { DEFERRED_SRC } from './sanitize-allowlist.ts';
import { messagesOf } from '../i18n/messages.ts';
import { articleMessages } from '../i18n/zh/article.ts';

/*
 * What the sanitizer does to the links, images and video frames it keeps, beyond the allowlist.
 * Both ways of sanitizing (the browser's own Sanitizer, DOMPurify where there is none) apply
 * these same rules to the same nodes, so a page looks the same in every browser.
 */

/** Only these URL schemes stay live; relative URLs would resolve against Yuelan itself. */
export const LIVE_URL = /^(?:https?:|mailto:)/i;

export function isLiveUrl(value: string | null): value is string {
  // eslint-disable-next-line no-control-regex -- browsers ignore control characters in URLs, so must we
  return value !== null && LIVE_URL.test(value.replace(/[\u0000-\u0020]/g, ''));
}

/** A video frame from a known host, as a link to the video; null for any other frame. */
export function videoLinkFor(frame: Element): HTMLAnchorElement | null {
  const src = frame.getAttribute('src') ?? '';
  let host: string;
  try {
    host = new URL(src).hostname;
  } catch {
    return null;
  }
  if (!isLiveUrl(src) || !VIDEO_HOSTS.test(host)) return null;
  const link = frame.ownerDocument.createElement('a');
  link.setAttribute('href', src);
  link.setAttribute('data-video-link', '');
  link.textContent = messagesOf(articleMessages).video(frame.getAttribute('title') ?? host);
  return link;
}

/** Lazy-loading scripts keep an image's real URL aside; without them it would show nothing. */
export function promoteLazySource(image: Element): void {
  if (isLiveUrl(image.getAttribute('src'))) return;
  const lazy = LAZY_IMAGE_ATTRIBUTES.map((name) => image.getAttribute(name)).find(isLiveUrl);
  if (lazy) image.setAttribute('src', lazy);
}

/** Opens a live link in a new tab; false for a link with no live URL, which keeps only its words. */
export function finishLink(link: Element): boolean {
  if (!link.hasAttribute('href')) return false;
  link.setAttribute('target', '_blank');
  link.setAttribute('rel', 'noopener noreferrer nofollow');
  return true;
}

/** Makes an image lazy, private and https; false for one that should go (trackers, no live source). */
export function finishImage(image: Element, loadImages: boolean): boolean {
  const width = Number(image.getAttribute('width'));
  const height = Number(image.getAttribute('height'));
  // 1×1 images are trackers, and an image with no live source shows nothing; only http(s)
  // images are shown (a data: URL would be allowed by a generic sanitizer).
  if ((width > 0 && width <= 2) || (height > 0 && height <= 2) || !/^https?:/i.test(image.getAttribute('src') ?? ''))
    return false;
  image.setAttribute('src', httpsImageUrl(image.getAttribute('src') ?? ''));
  image.setAttribute('loading', 'lazy');
  image.setAttribute('decoding', 'async');
  image.setAttribute('referrerpolicy', 'no-referrer');
  if (!loadImages) {
    // Kept aside so nothing is requested; the reader can load it with one click.
    image.setAttribute(DEFERRED_SRC, image.getAttribute('src') ?? '');
    image.removeAttribute('src');
  }
  return true;
}
