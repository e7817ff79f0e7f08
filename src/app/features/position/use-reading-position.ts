import { useCallback, useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import type { DocMeta } from '#shared/bundle-schema.ts';
import { restoredFromHistory } from '../../components/layout/use-scroll-restoration.ts';
import { readingRoot } from '../document/reading-root.ts';
import { positionOf, savePosition } from './positions-store.ts';

/** Where the reader's line sits: just below the top edge (and the progress bar). */
const TOP = 12;
/** As long as the other reading tools wait for the text (see whenReadingRoot). */
const WAIT_FRAMES = 600;
/** After the first jump, images and fonts arriving above can move the text: follow it a while. */
const SETTLE_FRAMES = 90;
const SAVE_EVERY_MS = 400;
/** The notice that the page opened mid-way stays long enough to read, then goes. */
const NOTICE_MS = 10_000;

// Finding text on the screen is needed only once the text is there: it loads after the page.
const loadAnchors = () => import('./dom-anchor.ts');

function percentRead(): number {
  const max = document.documentElement.scrollHeight - window.innerHeight;
  return max <= 0 ? 100 : Math.min(100, Math.max(0, Math.round((window.scrollY / max) * 100)));
}

export type ReadingPositionState = {
  /** How far through the reader was when the page put them back there, or null. */
  resumedAt: number | null;
  startOver: () => void;
  dismiss: () => void;
};

/**
 * Keeps the reader's place in a document (by its text, not pixels) and puts them back there when
 * they open it again, unless the address names a place (a section, a search hit) or Back did.
 */
export function useReadingPosition(meta: DocMeta): ReadingPositionState {
  const location = useLocation();
  const [resumedAt, setResumedAt] = useState<number | null>(null);
  // Nothing is saved until the page has had its chance to go back to the saved place.
  const ready = useRef(false);
  const params = new URLSearchParams(location.search);
  const hasPlace = location.hash.length > 1 || params.has('hl') || params.has('highlight');

  useEffect(() => {
    const saved = positionOf(meta.id);
    if (!saved || hasPlace || restoredFromHistory(location.key)) {
      ready.current = true;
      return;
    }
    let frame = 0;
    let frames = 0;
    let settled = 0;
    let userMoved = false;
    const stop = () => {
      userMoved = true;
      ready.current = true;
    };
    window.addEventListener('wheel', stop, { passive: true, once: true });
    window.addEventListener('touchstart', stop, { passive: true, once: true });
    window.addEventListener('keydown', stop, { once: true });
    window.addEventListener('pointerdown', stop, { once: true });
    let anchorTop: Awaited<ReturnType<typeof loadAnchors>>['anchorTop'] | null = null;
    const step = () => {
      if (userMoved) return;
      const root = readingRoot();
      const top = root && anchorTop ? anchorTop(root, saved.anchor) : null;
      if (top === null) {
        if (frames++ < WAIT_FRAMES) frame = requestAnimationFrame(step);
        else ready.current = true;
        return;
      }
      if (Math.abs(top - TOP) > 2) window.scrollTo(0, window.scrollY + top - TOP);
      if (settled === 0) setResumedAt(saved.percent);
      if (settled++ < SETTLE_FRAMES) frame = requestAnimationFrame(step);
      else ready.current = true;
    };
    void loadAnchors().then((anchors) => {
      anchorTop = anchors.anchorTop;
    });
    frame = requestAnimationFrame(step);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('wheel', stop);
      window.removeEventListener('touchstart', stop);
      window.removeEventListener('keydown', stop);
      window.removeEventListener('pointerdown', stop);
    };
    // Once per document opened: later changes of the address are the reader moving within it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [meta.id]);

  useEffect(() => {
    let timer = 0;
    let stopped = false;
    const save = async () => {
      timer = 0;
      const { anchorAtTop } = await loadAnchors();
      const root = readingRoot();
      if (stopped || !ready.current || !root) return;
      // A glance at the top of a document is not reading it: nothing is kept until the reader
      // has scrolled, but a place already kept follows them back to the top.
      if (window.scrollY < window.innerHeight / 2 && !positionOf(meta.id)) return;
      const anchor = anchorAtTop(root, TOP);
      if (anchor) savePosition({ doc: meta.id, title: meta.title, anchor, percent: percentRead() });
    };
    const onScroll = () => {
      if (!timer) timer = window.setTimeout(() => void save(), SAVE_EVERY_MS);
    };
    const onHide = () => {
      if (document.visibilityState === 'hidden') void save();
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    document.addEventListener('visibilitychange', onHide);
    // This code arrives after the page: the reader may have scrolled already.
    onScroll();
    return () => {
      stopped = true;
      window.clearTimeout(timer);
      window.removeEventListener('scroll', onScroll);
      document.removeEventListener('visibilitychange', onHide);
    };
  }, [meta.id, meta.title]);

  useEffect(() => {
    if (resumedAt === null) return;
    const timer = window.setTimeout(() => setResumedAt(null), NOTICE_MS);
    return () => window.clearTimeout(timer);
  }, [resumedAt]);

  const startOver = useCallback(() => {
    setResumedAt(null);
    window.scrollTo(0, 0);
  }, []);
  const dismiss = useCallback(() => setResumedAt(null), []);
  return { resumedAt, startOver, dismiss };
}
