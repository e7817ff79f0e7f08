/**
 * Facts about scraped Chinese news HTML that the build-time cleaner and the browser's sanitizer
 * both act on: one list each, so the two never disagree.
 */

/** Attributes where lazy-loading scripts keep an image's real URL. */
export const LAZY_IMAGE_ATTRIBUTES = [
  'data-original',
  'data-src',
  'data-lazy-src',
  'data-actualsrc',
  'data-url',
  'data-echo',
];

/** Hosts whose embedded players become a link to the video, never a live third-party frame. */
export const VIDEO_HOSTS =
  /(^|\.)(youtube\.com|youtube-nocookie\.com|youtu\.be|vimeo\.com|bilibili\.com|v\.qq\.com|youku\.com|ixigua\.com|iqiyi\.com)$/i;
