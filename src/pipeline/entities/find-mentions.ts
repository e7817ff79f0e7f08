import type { Mention } from '#shared/bundle-schema.ts';
import type { Entity } from './parse-entities.ts';

const LATIN = /^[\p{Script=Latin}\d][\p{Script=Latin}\d\s.&'-]*$/u;

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A finder of the dictionary's words in text: the longest word wins where words overlap (美国商务部
 * over 美国), Latin words only as whole words and in any case (SenseTime, sensetime), Chinese
 * words anywhere (Chinese has no spaces to stop at).
 */
export function mentionFinder(entities: readonly Entity[]): (texts: readonly string[]) => Mention[] {
  const byWord = new Map<string, string>();
  for (const entity of entities)
    for (const word of [entity.name, ...entity.aliases]) byWord.set(word.toLowerCase(), entity.name);
  const words = [...byWord.keys()].sort((a, b) => b.length - a.length);
  if (words.length === 0) return () => [];
  const pattern = new RegExp(
    words.map((w) => (LATIN.test(w) ? `(?<![\\p{L}\\d])${escape(w)}(?![\\p{L}\\d])` : escape(w))).join('|'),
    'giu',
  );
  return (texts) => {
    const found = new Map<string, Set<string>>();
    for (const text of texts) {
      for (const match of text.matchAll(pattern)) {
        const entity = byWord.get(match[0].toLowerCase());
        if (entity === undefined) continue;
        const terms = found.get(entity) ?? new Set<string>();
        terms.add(match[0]);
        found.set(entity, terms);
      }
    }
    return [...found].map(([entity, terms]) => ({ entity, terms: [...terms] }));
  };
}
