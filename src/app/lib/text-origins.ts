/*
 * The text as written behind a text node the page shows converted (Simplified shown in
 * Traditional characters), kept on the node itself, so that the tools that split text nodes
 * (entity links, highlights) can split what was written with them and it can be put back.
 * The converter reads the same property through the same registered symbol rather than an
 * import: a shared module would be a chunk of its own, named in every page's entry.
 */

export type TextOrigin = { original: string; shown: string; script: string };

export const TEXT_ORIGIN = Symbol.for('yuelan.text-origin');

type Tracked = Text & { [TEXT_ORIGIN]?: TextOrigin };

/**
 * node.splitText(offset), its origin split with it. A conversion that changed the text's length
 * cannot be split at the same place: both halves then count as written as they are shown.
 */
export function splitText(node: Text, offset: number): Text {
  const tracked = node as Tracked;
  const origin = tracked[TEXT_ORIGIN];
  const rest = node.splitText(offset) as Tracked;
  if (!origin || origin.shown !== node.data + rest.data) return rest;
  if (origin.original.length !== origin.shown.length) {
    delete tracked[TEXT_ORIGIN];
    return rest;
  }
  tracked[TEXT_ORIGIN] = { ...origin, original: origin.original.slice(0, offset), shown: node.data };
  rest[TEXT_ORIGIN] = { ...origin, original: origin.original.slice(offset), shown: rest.data };
  return rest;
}
