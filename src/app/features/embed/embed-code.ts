/** The message an embedded document posts to its parent whenever its height changes. */
export const EMBED_HEIGHT_MESSAGE = 'yuelan:embed-height';

function escapeAttribute(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/**
 * A ready <iframe> for another site. The title comes from untrusted front matter, so every
 * attribute value is escaped. The sandbox keeps scripts (the reader needs them) and lets links
 * open in a new tab outside the frame, but not navigate the host page.
 */
export function embedCode(src: string, title: string): string {
  return `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" loading="lazy" width="100%" height="600" style="border:0" sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"></iframe>`;
}
