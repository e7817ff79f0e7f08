import { useMemo, type Ref } from 'react';
import { sanitizeHtml } from '../lib/sanitize.ts';

export type SafeHtmlProps = {
  html: string;
  className?: string;
  lang?: string;
  loadImages?: boolean;
  ref?: Ref<HTMLDivElement>;
};

/** The only place in the app that sets inner HTML, and it only takes sanitizer output. */
export function SafeHtml({ html, className, lang, loadImages = true, ref }: SafeHtmlProps) {
  const clean = useMemo(() => sanitizeHtml(html, { loadImages }), [html, loadImages]);
  return <div ref={ref} className={className} lang={lang} dangerouslySetInnerHTML={{ __html: clean }} />;
}
