import type { ReportBlock } from '#shared/bundle-schema.ts';
import { dataUrl } from '../../data/bundle-url.ts';
import { SectionTools } from './section-tools.tsx';
import { useMessages, useUiLanguage } from '../../i18n/messages.ts';
import { reportMessages } from '../../i18n/zh/report.ts';

type HeadingBlock = Extract<ReportBlock, { type: 'heading' }>;

export type ReportHeadingProps = {
  block: HeadingBlock;
  citation: string;
  /** `pdf`: the published PDF, a file of the data folder, where sections link to their pages. */
  report: { id: string; title: string; pdf?: string };
};

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
      {report.pdf && block.pdfPage !== undefined && withTools ? (
        <a
          className="report-pdf-page"
          href={`${dataUrl(report.pdf)}#page=${block.pdfPage}`}
          target="_blank"
          rel="noopener"
          lang={language}
        >
          {m.pdfPage(block.pdfPage)}
        </a>
      ) : null}
      {withTools && block.id ? (
        <SectionTools id={block.id} title={block.title} citation={citation} report={report} />
      ) : null}
    </Tag>
  );
}
