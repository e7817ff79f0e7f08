/**
 * The app refuses to run inside another site's frame, except the embed view (/embed/…), which is
 * made for it. Hosts that can send headers say so with frame-ancestors; on hosts that cannot
 * (GitHub Pages, a bare bucket), this keeps a page that holds the reader's settings, saved
 * library and highlights from being framed and clicked through by another site.
 */

/** Whether the page is in a frame of another origin (a frame of our own origin may read its parent). */
export function framedByAnotherSite(win: Window = window): boolean {
  if (win.top === win.self) return false;
  try {
    return win.top?.location.origin !== win.location.origin;
  } catch {
    // Reading a cross-origin parent's location throws: another site framed us.
    return true;
  }
}

/** Whether this path (below the site's base) is the embed view, which other sites may frame. */
export function isEmbedPath(pathname: string): boolean {
  return pathname.startsWith('/embed/');
}

/** Puts a short notice with a link to the same page in its own tab in place of the app. */
export function showFramedNotice(container: Element, text: { notice: string; open: string }): void {
  const box = document.createElement('main');
  box.className = 'mx-auto max-w-xl p-6';
  const message = document.createElement('p');
  message.textContent = text.notice;
  const link = document.createElement('a');
  link.href = window.location.href;
  link.target = '_blank';
  link.rel = 'noopener noreferrer';
  link.className = 'underline';
  link.textContent = text.open;
  box.append(message, link);
  container.replaceChildren(box);
}
