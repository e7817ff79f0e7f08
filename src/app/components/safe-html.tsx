import { useCallback, useLayoutEffect, useMemo, useRef, type Ref } from 'react';
import { sanitizeHtml, sanitizeInto, sanitizesInPlace } from '../lib/sanitize.ts';

export type SafeHtmlProps = {
  html: string;
  className?: string;
  lang?: string;
  loadImages?: boolean;
  ref?: Ref<HTMLDivElement>;
};

/** The only place in the app that puts content's HTML in the page, and only through the sanitizer. */
export function SafeHtml(props: SafeHtmlProps) {
  return sanitizesInPlace ? <SanitizedInPlace {...props} /> : <SanitizedMarkup {...props} />;
}

function SanitizedMarkup({ html, className, lang, loadImages = true, ref }: SafeHtmlProps) {
  const clean = useMemo(() => sanitizeHtml(html, { loadImages }), [html, loadImages]);
  return <div ref={ref} className={className} lang={lang} dangerouslySetInnerHTML={{ __html: clean }} />;
}

function SanitizedInPlace({ html, className, lang, loadImages = true, ref }: SafeHtmlProps) {
  const own = useRef<HTMLDivElement | null>(null);
  const setRefs = useCallback(
    (node: HTMLDivElement | null) => {
      own.current = node;
      if (typeof ref === 'function') ref(node);
      else if (ref) ref.current = node;
    },
    [ref],
  );
  // Before paint, and before the effects of the components around it, which work on the result.
  useLayoutEffect(() => {
    if (own.current) sanitizeInto(own.current, html, { loadImages });
  }, [html, loadImages]);
  return <div ref={setRefs} className={className} lang={lang} />;
}
