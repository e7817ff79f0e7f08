import { paths } from '../../paths.ts';
import type { SearchResult } from './run-search.ts';

/** Where a result opens: a report at its section, an article at its first hit. */
export function resultHref(result: SearchResult, query: string): string {
  if (result.unit.section) return `${paths.document.href(result.doc.id)}#${result.unit.section}`;
  return `${paths.document.href(result.doc.id)}?${new URLSearchParams({ hl: query }).toString()}`;
}
