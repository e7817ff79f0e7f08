import type { DocChunk } from '../../../shared/bundle-schema.ts';
import { ArticleBody } from '../article/article-body.tsx';

export type DocumentBodyProps = { chunk: DocChunk };

export function DocumentBody({ chunk }: DocumentBodyProps) {
  if (chunk.kind === 'article') return <ArticleBody html={chunk.html} />;
  return (
    <div lang="zh-CN" className="reader-prose">
      {chunk.blocks.map((block, index) => (
        <p key={index}>{block.text}</p>
      ))}
    </div>
  );
}
