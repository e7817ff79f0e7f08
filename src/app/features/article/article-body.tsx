import { useLayoutEffect, useRef } from 'react';
import { SafeHtml } from '../../components/safe-html.tsx';
import { useSettings } from '../settings/settings-store.ts';
import { attachImageFallbacks } from './image-fallbacks.ts';

export type ArticleBodyProps = { html: string };

export function ArticleBody({ html }: ArticleBodyProps) {
  const { loadImages } = useSettings();
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const container = ref.current;
    return container ? attachImageFallbacks(container) : undefined;
  }, [html, loadImages]);
  return <SafeHtml ref={ref} html={html} loadImages={loadImages} lang="zh-CN" className="reader-prose" />;
}
