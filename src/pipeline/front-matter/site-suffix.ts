/**
 * A title as a page's <title> carries it, with the site's name after it ('… - iYouPort',
 * '… | 中参馆'): the suffix is taken off when it names the document's source, by the names the
 * front matter gives (source, author, tags, categories) or the original link's site.
 */
const SEPARATORS = [' - ', ' – ', ' — ', ' | ', '｜', ' · ', ' _ '];

const key = (name: string) =>
  name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s.]+/g, '');

/** The site's own name in a host: 'www.iyouport.org' → 'iyouport'. */
function siteOfHost(url: string | null): string | null {
  if (!url) return null;
  try {
    const labels = new URL(url).hostname.split('.').filter((label) => label !== 'www');
    return labels.length >= 2 ? (labels[labels.length - 2] ?? null) : (labels[0] ?? null);
  } catch {
    return null;
  }
}

export function withoutSiteSuffix(title: string, names: readonly (string | null)[], url: string | null = null): string {
  const known = new Set([...names, siteOfHost(url)].filter((n): n is string => !!n).map(key));
  for (const separator of SEPARATORS) {
    const at = title.lastIndexOf(separator);
    if (at <= 0) continue;
    const suffix = title.slice(at + separator.length).trim();
    if (suffix !== '' && known.has(key(suffix))) return title.slice(0, at).trim();
  }
  return title;
}
