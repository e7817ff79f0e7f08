import type { DocMeta, Mention } from '#shared/bundle-schema.ts';
import { EntityLinker } from '../entities/entity-linker.tsx';
import { Highlighter } from '../highlights/highlighter.tsx';
import { ReadingPositionKeeper } from '../position/reading-position-keeper.tsx';

export type ReadingToolsProps = { meta: DocMeta; mentions: readonly Mention[] | undefined };

/**
 * What works on a document's text once it is on screen: the reader's place, highlights and
 * notes, links on the organisations and people it names. One chunk, loaded after the page.
 */
export function ReadingTools({ meta, mentions }: ReadingToolsProps) {
  return (
    <>
      <ReadingPositionKeeper meta={meta} />
      <Highlighter meta={meta} />
      {mentions ? <EntityLinker mentions={mentions} /> : null}
    </>
  );
}
