import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { chunkQuery } from '../../data/queries.ts';
import { Highlight } from './highlight.tsx';
import type { QueryTerm } from './parse-query.ts';
import type { SearchResult } from './run-search.ts';
import { makeSnippet } from './snippet.ts';

import { unitText } from './unit-text.ts';
import { useFoldingReady } from './use-folding.ts';

export type ResultSnippetProps = { result: SearchResult; terms: readonly QueryTerm[] };

/** The snippet around the best hit, from the document's own chunk (fetched when shown). */
export function ResultSnippet({ result, terms }: ResultSnippetProps) {
  const chunk = useQuery(chunkQuery(result.doc));
  const text = useMemo(() => (chunk.data ? unitText(chunk.data, result.unit) : null), [chunk.data, result.unit]);
  // Tags may be in Traditional Chinese too; the title's needs were met with the results.
  const folding = useFoldingReady(text === null ? null : `${result.doc.tags.join(' ')} ${text}`);
  const snippet = useMemo(() => {
    if (text === null || !folding) return null;
    const inBody = makeSnippet(text, terms);
    return inBody.marks.length > 0
      ? inBody
      : makeSnippet(`${result.doc.title} ${result.doc.tags.join(' ')} ${text}`, terms);
  }, [text, folding, result, terms]);
  if (!snippet) return <span className="text-stone-500 dark:text-stone-400">{result.doc.excerpt}</span>;
  return <Highlight snippet={snippet} />;
}
