import type { DocChunk, SearchUnit } from '#shared/bundle-schema.ts';
import { splitReportSections } from '#shared/report-text.ts';
import { sanitizedText } from '../../lib/sanitize-text.ts';

/** The text a search unit covers, for its snippet: built from text, never from raw HTML. */
export function unitText(chunk: DocChunk, unit: SearchUnit): string {
  if (chunk.kind === 'article') return sanitizedText(chunk.html);
  const section = splitReportSections(chunk.blocks).find((s) => s.id === unit.section);
  return section ? [...section.headings, ...section.text].join(' ') : '';
}
