import DOMPurify, { type Config } from 'dompurify';
import { ALLOWED_ATTR, ALLOWED_TAGS, DROPPED_WITH_CONTENT, PLAIN_ATTR } from './sanitize-allowlist.ts';
import { finishImage, finishLink, LIVE_URL, promoteLazySource, videoLinkFor } from './sanitize-rules.ts';
import { trustedTypesPolicy } from './trusted-types.ts';

/*
 * Sanitizing with DOMPurify, for browsers without the HTML Sanitizer API and for the build's
 * prerendering (jsdom has none either). Loaded only there: sanitize.ts decides.
 */

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
  FORBID_CONTENTS: DROPPED_WITH_CONTENT,
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

let purifier: ReturnType<typeof DOMPurify> | null = null;
/** Read by the hooks during one synchronous sanitize() call. */
let loadRemoteImages = true;

function createPurifier(): ReturnType<typeof DOMPurify> {
  const instance = DOMPurify(window);

  instance.addHook('uponSanitizeElement', (node, data) => {
    if (!(node instanceof Element) || data.tagName !== 'iframe') return;
    const link = videoLinkFor(node);
    if (link) node.replaceWith(link);
  });

  instance.addHook('beforeSanitizeAttributes', (node) => {
    if (node.nodeName === 'IMG') promoteLazySource(node);
  });

  instance.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName === 'A') {
      if (!finishLink(node) && node.parentNode) {
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
    } else if (node.nodeName === 'IMG' && !finishImage(node, loadRemoteImages)) {
      node.remove();
    }
  });

  return instance;
}

/** Untrusted HTML in, safe HTML out: TrustedHTML where the browser enforces Trusted Types. */
export function purifyHtml(dirty: string, loadImages: boolean): string | TrustedHTML {
  purifier ??= createPurifier();
  loadRemoteImages = loadImages;
  try {
    const policy = trustedTypesPolicy();
    if (policy) return purifier.sanitize(dirty, { ...CONFIG, TRUSTED_TYPES_POLICY: policy, RETURN_TRUSTED_TYPE: true });
    return purifier.sanitize(dirty, { ...CONFIG, RETURN_TRUSTED_TYPE: false });
  } finally {
    loadRemoteImages = true;
  }
}
