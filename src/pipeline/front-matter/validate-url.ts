/**
 * URLs from front matter are untrusted: only absolute http(s) URLs are kept.
 * Protocol-relative '//host/path' is read as https.
 */
export function validateHttpUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  let text = value.trim();
  if (text === '' || /[\s<>"]/.test(text)) return null;
  if (text.startsWith('//')) text = `https:${text}`;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username || url.password) return null;
  return url.href;
}
