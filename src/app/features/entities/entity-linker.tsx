import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import type { Mention } from '#shared/bundle-schema.ts';
import { whenReadingRoot } from '../document/reading-root.ts';
import { useSettings } from '../settings/settings-store.ts';
import { linkEntities } from './link-entities.ts';

const ENTITY_PARAM = 'entity';

function libraryHref(entity: string): string {
  return `${import.meta.env.BASE_URL}?${new URLSearchParams({ [ENTITY_PARAM]: entity }).toString()}`;
}

/**
 * Links the entities a document's text mentions to the library filtered to them, and again when
 * the text is drawn anew (an article's images switched on or off). Loaded after the page.
 */
export function EntityLinker({ mentions }: { mentions: readonly Mention[] }) {
  const navigate = useNavigate();
  const { script } = useSettings();
  useEffect(() => {
    let stopped = false;
    let stopWaiting = () => {};
    let observer: MutationObserver | null = null;
    let root: Element | null = null;
    // In the app, a link opens the library without reloading it; a new tab gets a full page.
    const onClick = (event: Event) => {
      if (!(event instanceof MouseEvent) || event.button !== 0) return;
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = (event.target as Element | null)?.closest<HTMLElement>('a[data-entity]');
      if (!link) return;
      event.preventDefault();
      void navigate({
        pathname: '/',
        search: `?${new URLSearchParams({ [ENTITY_PARAM]: link.dataset.entity ?? '' }).toString()}`,
      });
    };
    const start = async () => {
      // Shown in Traditional characters, the text has the names in Traditional characters too.
      const terms =
        script === 'simplified'
          ? mentions
          : await import('../script/convert-script.ts').then(({ converterFor }) =>
              mentions.map((m) => ({ ...m, terms: [...m.terms, ...m.terms.map(converterFor(script))] })),
            );
      if (!stopped) stopWaiting = whenReadingRoot((linked) => link(linked, terms));
    };
    const link = (linked: Element, terms: readonly Mention[]) => {
      root = linked;
      linkEntities(linked, terms, libraryHref);
      linked.addEventListener('click', onClick);
      observer = new MutationObserver(() => {
        observer?.disconnect();
        linkEntities(linked, terms, libraryHref);
        observer?.observe(linked, { childList: true });
      });
      // An article drawn anew replaces the root's children.
      observer.observe(linked, { childList: true });
    };
    if (mentions.length > 0) void start();
    return () => {
      stopped = true;
      stopWaiting();
      observer?.disconnect();
      root?.removeEventListener('click', onClick);
    };
  }, [mentions, navigate, script]);
  return null;
}
