export const EXCERPT_LENGTH = 120;

/** About 120 characters of running text, cut at a character boundary with an ellipsis. */
export function makeExcerpt(paragraphs: string[], length = EXCERPT_LENGTH): string {
  const chars = Array.from(paragraphs.join(' ').replace(/\s+/g, ' ').trim());
  if (chars.length <= length) return chars.join('');
  return `${chars.slice(0, length).join('').trimEnd()}…`;
}
