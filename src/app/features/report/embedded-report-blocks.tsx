import type { ReportBlock } from '#shared/bundle-schema.ts';
import { Block } from './report-view.tsx';

/**
 * The report's blocks as plain reading, for an embed: headings, lists, tables and callouts as
 * the reader sets them, without section tools or pagers; a contents link scrolls to its heading.
 */
export function EmbeddedReportBlocks({ blocks }: { blocks: ReportBlock[] }) {
  const scrollTo = (id: string) => document.getElementById(id)?.scrollIntoView({ block: 'start' });
  return (
    <>
      {blocks.map((block, i) => {
        if (block.type !== 'heading') return <Block key={i} block={block} onNavigate={scrollTo} />;
        const Tag = block.kind === 'chapter' || block.kind === 'front' ? 'h2' : 'h3';
        return (
          <Tag key={i} id={block.id || undefined}>
            {block.number ? `${block.number} ` : ''}
            {block.title}
          </Tag>
        );
      })}
    </>
  );
}
