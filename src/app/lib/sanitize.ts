import DOMPurify, { type Config } from 'dompurify';
import { LAZY_IMAGE_ATTRIBUTES, VIDEO_HOSTS } from '#shared/news-html.ts';
import { httpsImageUrl } from './image-url.ts';
import { trustedTypesPolicy } from './trusted-types.ts';
import { ALLOWED_ATTR, ALLOWED_TAGS, DEFERRED_SRC, PLAIN_ATTR } from './sanitize-allowlist.ts';

/*
 * The one sanitizer. Every piece of HTML from content passes through sanitizeHtml() before it
 * reaches the DOM, and only <SafeHtml> puts it there. The allowlist is explicit: anything not
 * named in sanitize-allowlist.ts (scripts, handlers, frames, forms, styles, ids, names) is dropped.
 */

/** Only these URL schemes stay live; relative URLs would resolve against Yuelan itself. */
const LIVE_URL = /^(?:https?:|mailto:)/i;

const CONFIG: Config = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  ALLOWED_URI_REGEXP: LIVE_URL,
  // Without this DOMPurify tests every attribute value against the URL pattern above.
  ADD_URI_SAFE_ATTR: PLAIN_ATTR,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  SANITIZE_DOM: true,
  SANITIZE_NAMED_PROPS: true,
  KEEP_CONTENT: true,
  WHOLE_DOCUMENT: false,
  FORBID_TAGS: [
    'style',
    'script',
    'iframe',
    'frame',
    'object',
    'embed',
    'form',
    'input',
    'button',
    'textarea',
    'select',
    'option',
    'meta',
    'link',
    'base',
    'svg',
    'math',
    'template',
    'noscript',
  ],
  FORBID_ATTR: ['style', 'id', 'name', 'class', 'srcset', 'formaction', 'action', 'xlink:href', 'poster', 'background'],
};

function isLiveUrl(value: string | null): value is string {
  // eslint-disable-next-line no-control-regex -- browsers ignore control characters in URLs, so must we
  return value !== null && LIVE_URL.test(value.replace(/[\u0000-\u0020]/g, ''));
}

let purifier: ReturnType<typeof DOMPurify> | null = null;
/** Read by the hooks during one synchronous sanitize() call. */
let loadRemoteImages = true;

export type SanitizeOptions = { loadImages?: boolean };

function createPurifier(): ReturnType<typeof DOMPurify> {
  const instance = DOMPurify(window);

  instance.addHook('uponSanitizeElement', (node, data) => {
    if (!(node instanceof Element)) return;
    // Video frames become a link to the video rather than a live third-party frame.
    if (data.tagName === 'iframe') {
      const src = node.getAttribute('src') ?? '';
      let host: string;
      try {
        host = new URL(src).hostname;
      } catch {
        host = '';
      }
      if (isLiveUrl(src) && VIDEO_HOSTS.test(host)) {
        const link = node.ownerDocument.createElement('a');
        link.setAttribute('href', src);
        link.setAttribute('data-video-link', '');
        link.textContent = `视频：${node.getAttribute('title') ?? host}`;
        node.replaceWith(link);
      }
    }
  });

  instance.addHook('beforeSanitizeAttributes', (node) => {
    if (node.nodeName !== 'IMG') return;
    if (!isLiveUrl(node.getAttribute('src'))) {
      const lazy = LAZY_IMAGE_ATTRIBUTES.map((name) => node.getAttribute(name)).find(isLiveUrl);
      if (lazy) node.setAttribute('src', lazy);
    }
  });

  instance.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName === 'A') {
      if (node.hasAttribute('href')) {
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer nofollow');
      } else if (node.parentNode) {
        // A link whose URL was not live is kept as plain text: its words stay, it goes nowhere.
        // Children go in as clones right after the link, as DOMPurify's own KEEP_CONTENT does, so
        // the sanitizer's walk still visits (and cleans) them; before the link they would escape it.
        const parent = node.parentNode;
        const children = Array.from(node.childNodes);
        for (let i = children.length - 1; i >= 0; i--) {
          const child = children[i];
          if (child) parent.insertBefore(child.cloneNode(true), node.nextSibling);
        }
        node.remove();
      }
    } else if (node.nodeName === 'IMG') {
      const width = Number(node.getAttribute('width'));
      const height = Number(node.getAttribute('height'));
      // 1×1 images are trackers, and an image with no live source shows nothing.
      // DOMPurify lets img keep data: URLs; here only http(s) images are shown.
      if (
        (width > 0 && width <= 2) ||
        (height > 0 && height <= 2) ||
        !/^https?:/i.test(node.getAttribute('src') ?? '')
      ) {
        node.remove();
        return;
      }
      node.setAttribute('src', httpsImageUrl(node.getAttribute('src') ?? ''));
      node.setAttribute('loading', 'lazy');
      node.setAttribute('decoding', 'async');
      node.setAttribute('referrerpolicy', 'no-referrer');
      if (!loadRemoteImages) {
        // Kept aside so nothing is requested; the reader can load it with one click.
        node.setAttribute(DEFERRED_SRC, node.getAttribute('src') ?? '');
        node.removeAttribute('src');
      }
    }
  });

  return instance;
}

/** Sanitizer output: TrustedHTML where the browser has Trusted Types, else a string. */
export type SafeHtmlValue = string | TrustedHTML;

/** Untrusted HTML in, HTML that is safe to put in the page out. */
export function sanitizeHtml(dirty: string, options: SanitizeOptions = {}): SafeHtmlValue {
  purifier ??= createPurifier();
  loadRemoteImages = options.loadImages ?? true;
  try {
    const policy = trustedTypesPolicy();
    if (policy) return purifier.sanitize(dirty, { ...CONFIG, TRUSTED_TYPES_POLICY: policy, RETURN_TRUSTED_TYPE: true });
    return purifier.sanitize(dirty, { ...CONFIG, RETURN_TRUSTED_TYPE: false });
  } finally {
    loadRemoteImages = true;
  }
}

/** The text of untrusted HTML, for search snippets: parsed only through the sanitizer, never rendered. */
export function sanitizedText(dirty: string): string {
  purifier ??= createPurifier();
  const policy = trustedTypesPolicy();
  const fragment = purifier.sanitize(dirty, {
    ...CONFIG,
    ...(policy ? { TRUSTED_TYPES_POLICY: policy } : {}),
    RETURN_DOM_FRAGMENT: true,
  });
  const parts: string[] = [];
  const walker = document.createTreeWalker(fragment, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) parts.push(node.textContent ?? '');
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}
