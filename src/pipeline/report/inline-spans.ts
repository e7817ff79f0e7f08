import type { Span } from '#shared/bundle-schema.ts';

/**
 * '**bold**' to spans. The state carries over lines, because PDF extraction breaks a bold run
 * across several lines.
 */
export function parseSpans(text: string, boldAtStart: boolean): { spans: Span[]; boldAtEnd: boolean } {
  const parts = text.split('**');
  const spans: Span[] = [];
  let bold = boldAtStart;
  parts.forEach((part, index) => {
    if (index > 0) bold = !bold;
    if (part === '') return;
    spans.push(bold ? { text: part, strong: true } : { text: part });
  });
  return { spans, boldAtEnd: bold };
}

export function spansText(spans: readonly Span[]): string {
  return spans.map((span) => span.text).join('');
}
