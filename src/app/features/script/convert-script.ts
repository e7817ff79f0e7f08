// OpenCC's tables are typed by src/shared/opencc-dict.d.ts, in every project through fold-table.ts.
import { ConverterFactory } from 'opencc-js/core';
import HKVariants from 'opencc-js/dict/HKVariants';
import STCharacters from 'opencc-js/dict/STCharacters';
import STPhrases from 'opencc-js/dict/STPhrases';
import TWVariants from 'opencc-js/dict/TWVariants';
import type { Script } from '../settings/settings-store.ts';

/*
 * Shows Simplified Chinese text in Traditional characters, in place: the text of every element
 * marked lang="zh-CN", whose lang then names what it shows. The
 * text as written is kept beside each node, so going back, and converting again after the page
 * changed a node, start from it. Only text changes: no markup is made or parsed.
 */

type Target = Exclude<Script, 'simplified'>;

const LANG: Record<Target, string> = { 'traditional-tw': 'zh-Hant-TW', 'traditional-hk': 'zh-Hant-HK' };
const SOURCE_LANG = 'zh-CN';
const FROM = 'data-script-from';

const converters = new Map<Target, (text: string) => string>();

export function converterFor(target: Target): (text: string) => string {
  let converter = converters.get(target);
  if (!converter) {
    // Phrases first (a phrase can change a character), then the region's preferred forms.
    converter = ConverterFactory([STPhrases, STCharacters], [target === 'traditional-tw' ? TWVariants : HKVariants]);
    converters.set(target, converter);
  }
  return converter;
}

/** What was written behind a text node shown converted; see lib/text-origins.ts, which splits it with the node. */
const TEXT_ORIGIN = Symbol.for('yuelan.text-origin');
type Tracked = Text & { [TEXT_ORIGIN]?: { original: string; shown: string; script: string } };

function convertValue(node: Tracked, current: string, script: Script): string | null {
  const known = node[TEXT_ORIGIN];
  // A value this module did not write is the page's own (new text): it is the original now.
  const mine = known !== undefined && known.shown === current;
  if (mine && known.script === script) return null;
  const original = mine ? known.original : current;
  if (script === 'simplified') {
    delete node[TEXT_ORIGIN];
    return original === current ? null : original;
  }
  const shown = converterFor(script)(original);
  node[TEXT_ORIGIN] = { original, shown, script };
  return shown === current ? null : shown;
}

function sourceElements(root: Element): Element[] {
  return [...root.querySelectorAll(`[lang="${SOURCE_LANG}"], [${FROM}]`)];
}

/** Shows the text under `root` in `script` (Simplified: as written). */
export function showScript(root: Element, script: Script): void {
  for (const element of sourceElements(root)) {
    // Nested marked elements are reached through their outermost one.
    if (element.parentElement?.closest(`[lang="${SOURCE_LANG}"], [${FROM}]`)) continue;
    for (const marked of [element, ...element.querySelectorAll('[lang]')]) {
      const from = marked.getAttribute(FROM) ?? marked.getAttribute('lang');
      if (from !== SOURCE_LANG) continue;
      if (script !== 'simplified') {
        marked.setAttribute(FROM, SOURCE_LANG);
        marked.setAttribute('lang', LANG[script]);
      } else {
        marked.setAttribute('lang', SOURCE_LANG);
        marked.removeAttribute(FROM);
      }
    }
    // Image descriptions are left as written: the page shows one (an image that failed) as text,
    // which is converted with the rest, and would otherwise take the converted words for its own.
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const next = convertValue(node, node.data, script);
      if (next !== null) node.data = next;
    }
  }
}
