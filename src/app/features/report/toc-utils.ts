import type { ReportBlock, TocNode } from '#shared/bundle-schema.ts';
import { messagesOf } from '../../i18n/messages.ts';
import { reportMessages } from '../../i18n/zh/report.ts';

export function flattenToc(nodes: readonly TocNode[]): TocNode[] {
  return nodes.flatMap((node) => [node, ...flattenToc(node.children)]);
}

/** Sections a reader moves between: front matter, chapters and sections that were found. */
export function readingSections(toc: readonly TocNode[]): TocNode[] {
  return flattenToc(toc).filter(
    (n) => (n.kind === 'front' || n.kind === 'chapter' || n.kind === 'section') && !n.missing,
  );
}

export function headingIds(blocks: readonly ReportBlock[]): string[] {
  return blocks.flatMap((b) => (b.type === 'heading' && b.id ? [b.id] : []));
}

export function sectionLabel(node: Pick<TocNode, 'number' | 'title' | 'label'>): string {
  const number =
    node.number && /^\d+$/.test(node.number) ? messagesOf(reportMessages).chapter(node.number) : node.number;
  return [node.label, number, node.title].filter(Boolean).join(' ');
}

/** 'Report title，3.1 助力 AI 体育强国，p. 20，URL' */
export function citation(
  reportTitle: string,
  node: Pick<TocNode, 'number' | 'title' | 'label' | 'page'>,
  url: string,
): string {
  return [reportTitle, sectionLabel(node), node.page === null ? null : messagesOf(reportMessages).page(node.page), url]
    .filter(Boolean)
    .join('，');
}
