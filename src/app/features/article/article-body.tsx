import { useEffect, useLayoutEffect, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { highlightFirstHit } from './highlight-first-hit.ts';
import { SafeHtml } from '../../components/safe-html.tsx';
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
    // Arriving from search: the first hit is marked and scrolled into view.
    if (hit && ref.current) highlightFirstHit(ref.current, hit);
  }, [html, hit, loadImages]);
  return <SafeHtml ref={ref} html={html} loadImages={loadImages} lang="zh-CN" className="reader-prose" />;
}
