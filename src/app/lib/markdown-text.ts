/**
 * Text for a Markdown file that notes apps will render: anything that Markdown or the HTML inside
 * it would read as markup is escaped, so a quote, a note or a title from a document (untrusted,
 * like all content) stays text. Notes apps that render HTML would otherwise run a <script> or an
 * <img onerror> from a highlight, or follow a [link](javascript:…).
 */

/** Inline text: every character CommonMark lets a backslash escape that could start markup. */
export function markdownText(text: string): string {
  return (
    text
      .replace(/[\\`*_{}[\]()<>#+!|~&$=-]/g, '\\$&')
      // A line that starts with a number and a dot would start a list.
      .replace(/^([ \t]*\d+)([.)])/gm, '$1\\$2')
  );
}

/** A link to `url` with `label` as its text, or the label alone when the URL is not http(s). */
export function markdownLink(label: string, url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return markdownText(label);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return markdownText(label);
  // Parentheses encoded, so none can end the link early (href already encodes spaces and <>).
  return `[${markdownText(label)}](${parsed.href.replace(/\(/g, '%28').replace(/\)/g, '%29')})`;
}
