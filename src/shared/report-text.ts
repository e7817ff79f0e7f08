import type { ReportBlock } from './bundle-schema.ts';

/** Plain text of a report block, for excerpts, search, snippets and the no-lost-text check. */
export function blockText(block: ReportBlock): string {
  switch (block.type) {
    case 'cover':
      return block.lines.join('\n');
    case 'contents':
      return [block.title, ...block.entries.map((e) => e.text)].join('\n');
    case 'heading':
      return `${block.kind === 'story' ? '故事' : ''}${block.number ?? ''} ${block.title}`.trim();
    case 'paragraph':
      return block.spans.map((span) => span.text).join('');
    case 'pullquote':
      return block.text;
    case 'callout':
      return `${block.figure} ${block.caption}`.trim();
    case 'list':
      return block.items.map((item, i) => (block.ordered ? `${(block.start ?? 1) + i}. ${item}` : item)).join('\n');
    case 'table':
      return [block.header, ...block.rows]
        .filter((r) => r !== null)
        .map((r) => r.join(' '))
        .join('\n');
    case 'section-list':
      return block.entries.map((e) => `${e.number} ${e.title} ${e.page ?? ''}`).join('\n');
    case 'people':
      return block.rows.map((r) => `${r.name} ${r.role}`).join('\n');
  }
}

export type ReportSection = {
  id: string | null;
  title: string | null;
  page: number | null;
  headings: string[];
  text: string[];
};

/**
 * A report cut at its front, chapter and section headings; what comes before the first one
 * (cover, contents) is the section with id null. Sub-headings and stories stay in their section.
 */
export function splitReportSections(blocks: readonly ReportBlock[]): ReportSection[] {
  const sections: ReportSection[] = [{ id: null, title: null, page: null, headings: [], text: [] }];
  for (const block of blocks) {
    const current = sections[sections.length - 1];
    if (!current) continue;
    if (block.type === 'heading' && (block.kind === 'front' || block.kind === 'chapter' || block.kind === 'section')) {
      sections.push({ id: block.id, title: block.title, page: block.page, headings: [blockText(block)], text: [] });
    } else if (block.type === 'heading') {
      current.headings.push(blockText(block));
    } else {
      // A loop, not a spread: a table of 100,000 rows would overflow the call stack.
      for (const line of blockText(block).split('\n')) current.text.push(line);
    }
  }
  return sections;
}
