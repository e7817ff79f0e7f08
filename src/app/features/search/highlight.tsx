import type { ReactNode } from 'react';
import type { Snippet } from './snippet.ts';

export type HighlightProps = { snippet: Snippet };

/** Snippet text with its hits in <mark>; plain React text, no HTML. */
export function Highlight({ snippet }: HighlightProps) {
  const parts: ReactNode[] = [];
  let at = 0;
  snippet.marks.forEach(([start, end], i) => {
    if (start > at) parts.push(snippet.text.slice(at, start));
    parts.push(<mark key={i}>{snippet.text.slice(start, end)}</mark>);
    at = end;
  });
  if (at < snippet.text.length) parts.push(snippet.text.slice(at));
  return <>{parts}</>;
}
