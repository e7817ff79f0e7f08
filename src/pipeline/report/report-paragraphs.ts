import type { ReportBlock } from '../../shared/bundle-schema.ts';

/** Until the report's structure is recovered, every non-empty line is one paragraph. */
export function reportParagraphs(body: string): ReportBlock[] {
  return body
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0\u3000]+/g, ' ').trim())
    .filter((line) => line !== '')
    .map((text) => ({ type: 'paragraph', text }));
}

/** Running text for an excerpt: skip the cover and contents, start at the first sentence. */
export function reportRunningText(blocks: ReportBlock[]): string[] {
  const first = blocks.findIndex((block) => /[。！？.!?]$/.test(block.text) && block.text.length >= 15);
  return blocks.slice(Math.max(0, first)).map((block) => block.text);
}
