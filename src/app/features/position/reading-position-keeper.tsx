import type { DocMeta } from '#shared/bundle-schema.ts';
import { ResumeNotice } from './resume-notice.tsx';
import { useReadingPosition } from './use-reading-position.ts';

/** Keeps the reader's place in the document and puts them back there; loaded after the page. */
export function ReadingPositionKeeper({ meta }: { meta: DocMeta }) {
  const position = useReadingPosition(meta);
  return <ResumeNotice {...position} />;
}
