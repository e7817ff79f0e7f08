import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { error, warning, type Diagnostic } from '../diagnostics.ts';

/** The dictionary's file name, at the top of the content folder. */
export const ENTITIES_FILE = 'entities.yaml';

/** An organisation or person, by the name the library shows, and the other names it goes by. */
export type Entity = { name: string; aliases: string[] };

export type ParsedEntities = { entities: Entity[]; diagnostics: Diagnostic[] };

const EXAMPLE = "'- name: 商汤科技' with 'aliases: [商汤, SenseTime]'";
/**
 * Entries read at most. Matching is linear in the text whatever the dictionary's size, but every
 * name is a word each document is searched for and a facet value the library may list.
 */
export const MAX_ENTITIES = 10_000;

function text(node: unknown): string | null {
  return isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number')
    ? String(node.value).trim() || null
    : null;
}

/**
 * The entities dictionary: a YAML list of entries with a name and, optionally, aliases. A bad
 * entry is reported with its line and left out; the others still count. A word claimed by two
 * entries stays with the first.
 */
export function parseEntities(file: string, source: string): ParsedEntities {
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, schema: 'core' });
  const lineOf = (node: Node | null | undefined) => (node?.range ? lines.linePos(node.range[0]).line : undefined);
  const diagnostics: Diagnostic[] = [];
  const yamlError = doc.errors[0];
  if (yamlError) {
    return {
      entities: [],
      diagnostics: [
        error(
          file,
          `the dictionary is not valid YAML (${yamlError.code})`,
          `write it as ${EXAMPLE}`,
          yamlError.linePos?.[0].line,
        ),
      ],
    };
  }
  if (!isSeq(doc.contents)) {
    return {
      entities: [],
      diagnostics: [error(file, 'the dictionary is not a list of entries', `write each entry as ${EXAMPLE}`, 1)],
    };
  }
  const entities: Entity[] = [];
  const owner = new Map<string, string>();
  const items = doc.contents.items;
  if (items.length > MAX_ENTITIES) {
    diagnostics.push(
      warning(
        file,
        `the dictionary has ${items.length} entries, more than the ${MAX_ENTITIES} Yuelan reads; the first ${MAX_ENTITIES} are used`,
        'keep the organisations and people your documents are about, or split the collection',
        lineOf(items[MAX_ENTITIES]),
      ),
    );
  }
  for (const item of items.slice(0, MAX_ENTITIES)) {
    const line = lineOf(item);
    const name = isMap(item) ? text(item.get('name', true)) : null;
    if (!isMap(item) || name === null) {
      diagnostics.push(warning(file, 'an entry has no name; it was left out', `give it one, as in ${EXAMPLE}`, line));
      continue;
    }
    const rawAliases = item.get('aliases', true);
    if (rawAliases !== undefined && !isSeq(rawAliases)) {
      diagnostics.push(
        warning(
          file,
          `the aliases of '${name}' are not a list; they were left out`,
          'write them as [商汤, SenseTime]',
          line,
        ),
      );
    }
    const words: string[] = [];
    for (const word of [name, ...(isSeq(rawAliases) ? rawAliases.items.map(text) : [])]) {
      if (word === null) continue;
      const key = word.toLowerCase();
      const first = owner.get(key);
      if (first !== undefined && first !== name) {
        diagnostics.push(
          warning(
            file,
            `'${word}' is already a name of '${first}'; it stays with it`,
            `remove it from '${name}'`,
            line,
          ),
        );
        continue;
      }
      owner.set(key, name);
      if (!words.includes(word)) words.push(word);
    }
    const existing = entities.find((entity) => entity.name === name);
    if (existing) existing.aliases.push(...words.slice(1).filter((w) => !existing.aliases.includes(w)));
    else entities.push({ name, aliases: words.slice(1) });
  }
  return { entities, diagnostics };
}
