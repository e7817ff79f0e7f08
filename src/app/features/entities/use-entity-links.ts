import { useEffect, type RefObject } from 'react';
import { useNavigate } from 'react-router';
import type { Mention } from '#shared/bundle-schema.ts';
import { paths } from '../../paths.ts';

const ENTITY_PARAM = 'entity';

function libraryHref(entity: string): string {
  return `${import.meta.env.BASE_URL}?${new URLSearchParams({ [ENTITY_PARAM]: entity }).toString()}`;
}

/**
 * Links the entities a document's text mentions to the library filtered to them (`deps`: what
 * re-renders the text). Their code loads only for a text that mentions any.
 */
export function useEntityLinks(
  ref: RefObject<HTMLElement | null>,
  mentions: readonly Mention[] | undefined,
  deps: readonly unknown[],
): void {
  const navigate = useNavigate();
  useEffect(() => {
    const root = ref.current;
    if (!root || !mentions || mentions.length === 0) return;
    let current = true;
    void import('./link-entities.ts').then(({ linkEntities }) => {
      if (current) linkEntities(root, mentions, libraryHref);
    });
    // In the app, the link opens the library without reloading it; a new tab gets a full page.
    const onClick = (event: MouseEvent) => {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = (event.target as Element | null)?.closest<HTMLElement>('a[data-entity]');
      if (!link || !root.contains(link)) return;
      event.preventDefault();
      void navigate({
        pathname: paths.home.href(),
        search: `?${new URLSearchParams({ [ENTITY_PARAM]: link.dataset.entity ?? '' }).toString()}`,
      });
    };
    root.addEventListener('click', onClick);
    return () => {
      current = false;
      root.removeEventListener('click', onClick);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- deps name what re-renders the text
  }, [ref, mentions, navigate, ...deps]);
}
