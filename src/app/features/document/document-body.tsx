import type { DocChunk } from '../../../shared/bundle-schema.ts';
import { SafeHtml } from '../../components/safe-html.tsx';

export type DocumentBodyProps = { chunk: DocChunk };

export function DocumentBody({ chunk }: DocumentBodyProps) {
  if (chunk.kind === 'article') {
    return <SafeHtml html={chunk.html} lang="zh-CN" className="reader-prose" />;
  }
  return (
    <div lang="zh-CN" className="reader-prose">
      {chunk.blocks.map((block, index) => (
        <p key={index}>{block.text}</p>
      ))}
    </div>
  );
}
