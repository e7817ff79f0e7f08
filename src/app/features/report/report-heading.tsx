import type { ReportBlock } from '#shared/bundle-schema.ts';
import { SectionTools } from './section-tools.tsx';
import { useMessages, useUiLanguage } from '../../i18n/messages.ts';
import { reportMessages } from '../../i18n/zh/report.ts';

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
  const m = useMessages(reportMessages);
  const language = useUiLanguage();
  const number = block.kind === 'story' ? (block.number ? `${m.story} ${block.number}` : m.story) : block.number;
  const withTools = block.kind === 'front' || block.kind === 'chapter' || block.kind === 'section';
  return (
    <Tag id={block.id || undefined} tabIndex={-1} className={`report-heading report-${block.kind}`}>
      {number ? (
        <span className="report-number" lang={block.kind === 'story' ? language : undefined}>
          {number}
        </span>
      ) : null}
      <span className="report-title">{block.title}</span>
      {block.page !== null ? (
        <span className="report-page" lang={language}>
          {m.page(block.page)}
        </span>
      ) : null}
      {withTools && block.id ? (
        <SectionTools id={block.id} title={block.title} citation={citation} report={report} />
      ) : null}
    </Tag>
  );
}
