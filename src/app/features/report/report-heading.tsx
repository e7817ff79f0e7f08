import type { ReportBlock } from '#shared/bundle-schema.ts';
import { SectionTools } from './section-tools.tsx';

type HeadingBlock = Extract<ReportBlock, { type: 'heading' }>;

export type ReportHeadingProps = { block: HeadingBlock; citation: string; report: { id: string; title: string } };

const LEVEL: Record<HeadingBlock['kind'], 'h2' | 'h3' | 'h4'> = {
  front: 'h2',
  chapter: 'h2',
  section: 'h3',
  subheading: 'h4',
  story: 'h4',
};

/** A heading with its printed page and its link and cite actions; focusable for TOC navigation. */
export function ReportHeading({ block, citation, report }: ReportHeadingProps) {
  const Tag = LEVEL[block.kind];
  const number = block.kind === 'story' ? (block.number ? `故事 ${block.number}` : '故事') : block.number;
  const withTools = block.kind === 'front' || block.kind === 'chapter' || block.kind === 'section';
  return (
    <Tag id={block.id || undefined} tabIndex={-1} className={`report-heading report-${block.kind}`}>
      {number ? <span className="report-number">{number}</span> : null}
      <span className="report-title">{block.title}</span>
      {block.page !== null ? <span className="report-page">p. {block.page}</span> : null}
      {withTools && block.id ? (
        <SectionTools id={block.id} title={block.title} citation={citation} report={report} />
      ) : null}
    </Tag>
  );
}
