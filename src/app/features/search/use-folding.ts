import { useEffect, useMemo, useState } from 'react';
import { needsFoldTable, prepareFolding } from '#shared/tokenize.ts';

/**
 * False while `text` needs the Traditional → Simplified table and it is loading (hits in it
 * could not be found yet); true at once for text that does not need it.
 */
export function useFoldingReady(text: string | null): boolean {
  const [loaded, setLoaded] = useState(0);
  // A whole article's text: scanned once per text (and again once the table has come), not per render.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `loaded` is when to look again
  const needed = useMemo(() => text !== null && needsFoldTable(text), [text, loaded]);
  useEffect(() => {
    if (!needed || text === null) return;
    let current = true;
    // A table that cannot load leaves the text unmarked rather than missing.
    prepareFolding(text).then(
      () => current && setLoaded((n) => n + 1),
      () => current && setLoaded((n) => n + 1),
    );
    return () => {
      current = false;
    };
  }, [needed, text]);
  return !needed;
}
