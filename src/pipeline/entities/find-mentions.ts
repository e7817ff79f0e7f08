import type { Mention } from '#shared/bundle-schema.ts';
import { entityMatcher } from '#shared/entity-words.ts';
import type { Entity } from './parse-entities.ts';

/** A finder of the dictionary's words in text, by entity (how words are matched: entityMatcher). */
export function mentionFinder(entities: readonly Entity[]): (texts: readonly string[]) => Mention[] {
  const byWord = new Map<string, string>();
  for (const entity of entities)
    for (const word of [entity.name, ...entity.aliases]) byWord.set(word.toLowerCase(), entity.name);
  const match = entityMatcher(byWord.keys());
  if (!match) return () => [];
  return (texts) => {
    const found = new Map<string, Set<string>>();
    for (const text of texts) {
      for (const word of match(text)) {
        const entity = byWord.get(word.text.toLowerCase());
        if (entity === undefined) continue;
        const terms = found.get(entity) ?? new Set<string>();
        terms.add(word.text);
        found.set(entity, terms);
      }
    }
    return [...found].map(([entity, terms]) => ({ entity, terms: [...terms] }));
  };
}
