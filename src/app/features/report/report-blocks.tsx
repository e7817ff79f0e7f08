import type { ReactNode } from 'react';
import type { ReportBlock, TocNode } from '#shared/bundle-schema.ts';
import { ReportHeading } from './report-heading.tsx';
import { ReportTable } from './report-table.tsx';
import { sectionUrl } from './section-tools.tsx';
import { citation, sectionLabel } from './toc-utils.ts';
import { messagesOf, useMessages, useUiLanguage } from '../../i18n/messages.ts';
import { reportMessages } from '../../i18n/zh/report.ts';

export type ReportBlocksProps = {
  blocks: readonly ReportBlock[];
  sections: readonly TocNode[];
  /** The report's id and title: its sections are cited and kept in the reading list by them. */
  report: { id: string; title: string; pdf?: string };
  onNavigate: (id: string) => void;
};

function SectionLink({
  node,
  rel,
  onNavigate,
}: {
  node: TocNode;
  rel: 'prev' | 'next';
  onNavigate: (id: string) => void;
}) {
  const m = useMessages(reportMessages);
  const language = useUiLanguage();
  return (
    <a
      href={`#${node.id}`}
      rel={rel}
      onClick={(event) => {
        event.preventDefault();
        onNavigate(node.id);
      }}
      className={`block rounded-md border border-stone-200 px-3 py-2 hover:border-red-300 dark:border-stone-700 ${rel === 'next' ? 'text-right' : ''}`}
    >
      <span lang={language} className="block text-xs text-stone-500 dark:text-stone-400">
        {rel === 'prev' ? m.previousSection : m.nextSection}
      </span>
      <span>{sectionLabel(node)}</span>
    </a>
  );
}

function SectionPager({
  index,
  sections,
  onNavigate,
}: {
  index: number;
  sections: readonly TocNode[];
  onNavigate: (id: string) => void;
}) {
  const prev = sections[index - 1];
  const next = sections[index + 1];
  if (!prev && !next) return null;
  return (
    <div className="section-pager my-8 grid gap-3 text-sm sm:grid-cols-2">
      {prev ? <SectionLink node={prev} rel="prev" onNavigate={onNavigate} /> : <span />}
      {next ? <SectionLink node={next} rel="next" onNavigate={onNavigate} /> : null}
    </div>
  );
}

/**
 * The contents page as the report prints it, folded: on a phone a long list of links would fill
 * the first screen before the text; beside the contents sidebar it is not shown at all (CSS).
 */
function PrintedContents({
  block,
  onNavigate,
}: {
  block: Extract<ReportBlock, { type: 'contents' }>;
  onNavigate: (id: string) => void;
}) {
  const m = useMessages(reportMessages);
  return (
    <details className="report-contents">
      <summary>
        <span lang="zh-CN">{block.title}</span>{' '}
        <span className="report-page">{m.printedContents(block.entries.length)}</span>
      </summary>
      <ul>
        {block.entries.map((entry, i) => (
          <li key={i}>
            {entry.id ? (
              <a
                href={`#${entry.id}`}
                onClick={(event) => {
                  event.preventDefault();
                  if (entry.id) onNavigate(entry.id);
                }}
              >
                {entry.text}
              </a>
            ) : (
              entry.text
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}

/** One block as the reader sets it; headings are the caller's (they carry the section tools). */
export function Block({ block, onNavigate }: { block: ReportBlock; onNavigate: (id: string) => void }): ReactNode {
  switch (block.type) {
    case 'cover':
      return (
        <div className="report-cover">
          {block.lines.map((line, i) => (
            <p key={i}>{line}</p>
          ))}
        </div>
      );
    case 'contents':
      return <PrintedContents block={block} onNavigate={onNavigate} />;
    case 'paragraph':
      return (
        <p>
          {block.spans.map((span, i) =>
            span.strong ? <strong key={i}>{span.text}</strong> : <span key={i}>{span.text}</span>,
          )}
        </p>
      );
    case 'pullquote':
      return <blockquote className="report-pullquote">{block.text}</blockquote>;
    case 'callout':
      return (
        <p className="report-callout">
          <span className="report-figure">{block.figure}</span>
          {block.caption ? <span className="report-caption">{block.caption}</span> : null}
        </p>
      );
    case 'list':
      return block.ordered ? (
        <ol start={block.start}>
          {block.items.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ol>
      ) : (
        <ul>
          {block.items.map((item, i) => (
            <li key={i} aria-current={item.startsWith('>') ? 'true' : undefined}>
              {item.replace(/^>\s*/, '')}
            </li>
          ))}
        </ul>
      );
    case 'table':
      return <ReportTable header={block.header} rows={block.rows} />;
    case 'section-list':
      return (
        <ul className="report-section-list" aria-label={messagesOf(reportMessages).sectionsOfChapter}>
          {block.entries.map((entry) => (
            <li key={entry.number}>
              {entry.id ? (
                <a
                  href={`#${entry.id}`}
                  onClick={(event) => {
                    event.preventDefault();
                    if (entry.id) onNavigate(entry.id);
                  }}
                >
                  <span className="tabular-nums">{entry.number}</span> {entry.title}
                </a>
              ) : (
                <span>
                  {entry.number} {entry.title}
                </span>
              )}
              {entry.page !== null ? (
                <span className="report-page">p. {String(entry.page).padStart(2, '0')}</span>
              ) : null}
            </li>
          ))}
        </ul>
      );
    case 'people':
      return (
        <dl className="report-people">
          {block.rows.map((row, i) => (
            <div key={i}>
              <dt>{row.name}</dt>
              <dd>{row.role}</dd>
            </div>
          ))}
        </dl>
      );
    case 'heading':
      return null;
  }
}

/** The report's blocks in order, with story boxes and previous/next links at each section's end. */
export function ReportBlocks({ blocks, sections, report, onNavigate }: ReportBlocksProps) {
  const out: ReactNode[] = [];
  const sectionIndex = new Map(sections.map((s, i) => [s.id, i]));
  let currentSection = -1;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (!block) continue;
    if (block.type === 'heading') {
      const index = sectionIndex.get(block.id);
      if (index !== undefined) {
        if (currentSection !== -1)
          out.push(
            <SectionPager key={`pager-${i}`} index={currentSection} sections={sections} onNavigate={onNavigate} />,
          );
        currentSection = index;
      }
      const node = index === undefined ? null : sections[index];
      const cite = node ? citation(report.title, node, sectionUrl(node.id)) : '';
      if (block.kind === 'story') {
        // A story runs until the next heading of any kind.
        const inner: ReactNode[] = [];
        let j = i + 1;
        for (; j < blocks.length && blocks[j]?.type !== 'heading'; j++) {
          const child = blocks[j];
          if (child) inner.push(<Block key={j} block={child} onNavigate={onNavigate} />);
        }
        out.push(
          <div key={i} className="report-story">
            <ReportHeading block={block} citation={cite} report={report} />
            {inner}
          </div>,
        );
        i = j - 1;
        continue;
      }
      out.push(<ReportHeading key={i} block={block} citation={cite} report={report} />);
      continue;
    }
    out.push(<Block key={i} block={block} onNavigate={onNavigate} />);
  }
  if (currentSection !== -1)
    out.push(<SectionPager key="pager-end" index={currentSection} sections={sections} onNavigate={onNavigate} />);
  return <>{out}</>;
}
