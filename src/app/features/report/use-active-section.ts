import { useEffect, useRef, useState } from 'react';

/** How far below the top of the viewport a heading counts as the one being read. */
const READING_LINE = 120;

/**
 * The heading the reader is in: the last one above the reading line, or the last heading
 * once the page is scrolled to the bottom (a short last section never reaches the top).
 * A clicked entry stays current until the reader scrolls by hand.
 */
export function useActiveSection(ids: readonly string[]): { active: string | null; pin: (id: string) => void } {
  const [active, setActive] = useState<string | null>(ids[0] ?? null);
  const pinned = useRef<string | null>(null);

  useEffect(() => {
    let frame = 0;
    const measure = () => {
      frame = 0;
      if (pinned.current) {
        setActive(pinned.current);
        return;
      }
      const atBottom = window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2;
      let current: string | null = ids[0] ?? null;
      for (const id of ids) {
        const el = document.getElementById(id);
        if (!el) continue;
        if (el.getBoundingClientRect().top <= READING_LINE) current = id;
        else break;
      }
      if (atBottom && ids.length > 0) {
        // At the very bottom the last heading on screen is the one being read.
        for (const id of ids) {
          const el = document.getElementById(id);
          if (el && el.getBoundingClientRect().top < window.innerHeight) current = id;
        }
      }
      setActive(current);
    };
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(measure);
    };
    const unpin = () => {
      pinned.current = null;
    };
    measure();
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', onScroll);
    window.addEventListener('wheel', unpin, { passive: true });
    window.addEventListener('touchmove', unpin, { passive: true });
    window.addEventListener('keydown', unpin);
    return () => {
      if (frame) cancelAnimationFrame(frame);
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('resize', onScroll);
      window.removeEventListener('wheel', unpin);
      window.removeEventListener('touchmove', unpin);
      window.removeEventListener('keydown', unpin);
    };
  }, [ids]);

  return {
    active,
    pin: (id: string) => {
      pinned.current = id;
      setActive(id);
    },
  };
}
