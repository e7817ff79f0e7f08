import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { chunkQuery } from '../../data/queries.ts';
import { Highlight } from './highlight.tsx';
import type { QueryTerm } from './parse-query.ts';
import type { SearchResult } from './run-search.ts';
import { makeSnippet } from './snippet.ts';
export { loadSanitizer } from '../../lib/sanitize.ts';
import { unitText } from './unit-text.ts';

export type ResultSnippetProps = { result: SearchResult; terms: readonly QueryTerm[] };

/** The snippet around the best hit, from the document's own chunk (fetched when shown). */
export function ResultSnippet({ result, terms }: ResultSnippetProps) {
  const chunk = useQuery(chunkQuery(result.doc));
  const snippet = useMemo(() => {
    if (!chunk.data) return null;
    const text = unitText(chunk.data, result.unit);
    const inBody = makeSnippet(text, terms);
    return inBody.marks.length > 0
      ? inBody
      : makeSnippet(`${result.doc.title} ${result.doc.tags.join(' ')} ${text}`, terms);
  }, [chunk.data, result, terms]);
  if (!snippet) return <span className="text-stone-500 dark:text-stone-400">{result.doc.excerpt}</span>;
  return <Highlight snippet={snippet} />;
}
