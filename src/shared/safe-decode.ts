/**
 * decodeURIComponent that never throws: a URL is typed or pasted by anyone, and a malformed
 * escape ('#%', '#%E0%A4%A') raises URIError, which would replace the page with the error panel.
 * A part that cannot be decoded is taken as it is written.
 */
export function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
