import { useMemo } from 'react';
import { sanitizeHtml } from '../lib/sanitize.ts';

export type SafeHtmlProps = { html: string; className?: string; lang?: string };

/** The only place in the app that sets inner HTML, and it only takes sanitizer output. */
export function SafeHtml({ html, className, lang }: SafeHtmlProps) {
  const clean = useMemo(() => sanitizeHtml(html), [html]);
  return <div className={className} lang={lang} dangerouslySetInnerHTML={{ __html: clean }} />;
}
