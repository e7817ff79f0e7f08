import { useEffect, useLayoutEffect, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { SafeHtml } from '../../components/safe-html.tsx';
export { loadSanitizer } from '../../lib/sanitize.ts';
import { useSettings } from '../settings/settings-store.ts';
import { attachImageFallbacks } from './image-fallbacks.ts';

export type ArticleBodyProps = { html: string };

export function ArticleBody({ html }: ArticleBodyProps) {
  const { loadImages } = useSettings();
  const ref = useRef<HTMLDivElement>(null);
  const [params] = useSearchParams();
  const hit = params.get('hl');
  useLayoutEffect(() => {
    const container = ref.current;
    return container ? attachImageFallbacks(container) : undefined;
  }, [html, loadImages]);
  useEffect(() => {
    // Arriving from search: the first hit is marked and scrolled into view. The tokenizer it
    // needs (with its Traditional → Simplified table) loads only then, not with every article.
    if (!hit) return;
    let current = true;
    void import('./highlight-first-hit.ts').then(async ({ highlightFirstHit, prepareFolding }) => {
      if (!current || !ref.current) return;
      // Traditional characters in the query or the text need the folding table first.
      await prepareFolding(hit, ref.current.textContent ?? '').catch(() => undefined);
      if (current && ref.current) highlightFirstHit(ref.current, hit);
    });
    return () => {
      current = false;
    };
  }, [html, hit, loadImages]);
  return <SafeHtml ref={ref} html={html} loadImages={loadImages} lang="zh-CN" className="reader-prose" />;
}
