import { pathToFileURL } from 'node:url';
// OpenCC's tables are typed by src/shared/opencc-dict.d.ts, in every project through fold-table.ts.
import { ConverterFactory } from 'opencc-js/core';
import type { Plugin } from 'vite';

/**
 * The entries of OpenCC's Simplified → Traditional phrase table that change the result: a phrase
 * whose characters, converted one by one, already give its Traditional form adds nothing. Four in
 * five entries go (the table falls from 404 to about 84 KB gzip), so the Traditional view costs
 * the reader a tenth as much.
 */
export function phrasesThatMatter(phrases: string, characters: string): string {
  const byCharacter = ConverterFactory([characters]);
  return phrases
    .split('|')
    .filter((entry) => {
      const [simplified = '', traditional = ''] = entry.split(' ');
      return byCharacter(simplified) !== traditional;
    })
    .join('|');
}

const PHRASES = /opencc-js\/dist\/esm-lib\/dict\/STPhrases\.js$/;

/** Trims the phrase table the app imports to the entries that matter (see phrasesThatMatter). */
export function trimOpenccPhrases(): Plugin {
  return {
    name: 'yuelan-opencc-phrases',
    apply: 'build',
    async transform(_code, id) {
      if (!PHRASES.test(id.replaceAll('\\', '/'))) return null;
      const [phrases, characters] = await Promise.all([
        import(pathToFileURL(id).href) as Promise<{ default: string }>,
        import('opencc-js/dict/STCharacters'),
      ]);
      return {
        code: `export default ${JSON.stringify(phrasesThatMatter(phrases.default, characters.default))};`,
        map: null,
      };
    },
  };
}
