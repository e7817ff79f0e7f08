/*
 * What sanitized HTML may contain, and nothing else: the sanitizer's allowlist, kept apart so that
 * tests can hold the rendered page to it.
 */

export const ALLOWED_TAGS = [
  'a',
  'abbr',
  'b',
  'blockquote',
  'br',
  'caption',
  'cite',
  'code',
  'col',
  'colgroup',
  'dd',
  'del',
  'div',
  'dl',
  'dt',
  'em',
  'figcaption',
  'figure',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'i',
  'img',
  'ins',
  'li',
  'mark',
  'ol',
  'p',
  'pre',
  'q',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'time',
  'tr',
  'u',
  'ul',
];
/** Attributes whose values are not URLs. */
export const PLAIN_ATTR = [
  'data-video-link',
  'width',
  'height',
  'colspan',
  'rowspan',
  'scope',
  'start',
  'reversed',
  'datetime',
];
export const ALLOWED_ATTR = ['href', 'src', 'alt', 'title', ...PLAIN_ATTR];
/** Where an image's URL waits while remote images are off. */
export const DEFERRED_SRC = 'data-deferred-src';

/** Attributes the sanitizer itself sets on what it keeps (links and images). */
export const ADDED_ATTR = ['target', 'rel', 'loading', 'decoding', 'referrerpolicy', DEFERRED_SRC];

/**
 * Elements dropped with everything inside them (other elements outside the allowlist give up
 * only their tags, so no text is lost): code, styles, frames, foreign markup and fallback text
 * meant for browsers that could not show the real thing.
 */
export const DROPPED_WITH_CONTENT = [
  'annotation-xml',
  'audio',
  'desc',
  'foreignobject',
  'head',
  'iframe',
  'math',
  'mi',
  'mn',
  'mo',
  'ms',
  'mtext',
  'noembed',
  'noframes',
  'noscript',
  'plaintext',
  'script',
  'selectedcontent',
  'style',
  'svg',
  'template',
  'title',
  'video',
  'xmp',
];
