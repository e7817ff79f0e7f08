/*
 * The text as written behind a text node the page shows converted (Simplified shown in
 * Traditional characters): kept here, beside the nodes, so that the tools that split text nodes
 * (entity links, highlights) can split what was written with them and it can be put back.
 */

export type TextOrigin = { original: string; shown: string; script: string };

const origins = new WeakMap<Text, TextOrigin>();

export function originOf(node: Text): TextOrigin | undefined {
  return origins.get(node);
}

export function setOrigin(node: Text, origin: TextOrigin | null): void {
  if (origin) origins.set(node, origin);
  else origins.delete(node);
}

/**
 * node.splitText(offset), its origin split with it. A conversion that changed the text's length
 * cannot be split at the same place: both halves then count as written as they are shown.
 */
export function splitText(node: Text, offset: number): Text {
  const origin = origins.get(node);
  const rest = node.splitText(offset);
  if (!origin || origin.shown !== node.data + rest.data) return rest;
  if (origin.original.length !== origin.shown.length) {
    origins.delete(node);
    return rest;
  }
  origins.set(node, { ...origin, original: origin.original.slice(0, offset), shown: node.data });
  origins.set(rest, { ...origin, original: origin.original.slice(offset), shown: rest.data });
  return rest;
}
