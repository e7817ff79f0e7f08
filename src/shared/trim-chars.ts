/**
 * Trimming of chosen characters without a pattern: `/[-_]+$/` retries from every position of a
 * long run that is not at the end, which takes quadratic time on crafted input.
 */

/** `text` without any of `chars` (a string of them, or a pattern one character matches) at its end. */
export function trimEndChars(text: string, chars: string | RegExp): string {
  const drop = typeof chars === 'string' ? (c: string) => chars.includes(c) : (c: string) => chars.test(c);
  let end = text.length;
  while (end > 0 && drop(text.charAt(end - 1))) end--;
  return text.slice(0, end);
}

/** `text` without any of `chars` at either end. */
export function trimChars(text: string, chars: string): string {
  let start = 0;
  while (start < text.length && chars.includes(text.charAt(start))) start++;
  return trimEndChars(text.slice(start), chars);
}
