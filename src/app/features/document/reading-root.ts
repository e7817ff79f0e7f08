/** Long enough for a report's reader code and text to arrive on a slow phone. */
const WAIT_FRAMES = 600;

/** The element holding the document's text (an article's body, a report's), once it is drawn. */
export function readingRoot(): Element | null {
  return document.querySelector('#main .reader-prose');
}

/**
 * Runs `ready` with the document's text element once it has text (the reading tools load beside
 * the text and may arrive first); returns a function that stops waiting.
 */
export function whenReadingRoot(ready: (root: Element) => void): () => void {
  let frame = 0;
  let frames = 0;
  const look = () => {
    const root = readingRoot();
    if (root && (root.textContent ?? '') !== '') ready(root);
    else if (frames++ < WAIT_FRAMES) frame = requestAnimationFrame(look);
  };
  look();
  return () => cancelAnimationFrame(frame);
}
