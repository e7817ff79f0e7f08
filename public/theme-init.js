// Applies the saved theme before the first paint, so a reader who chose dark never sees a flash
// of light, and tells the stylesheet when a prerendered page does not match this visit. A plain
// blocking script (the app bundle loads after the page has painted): it must agree with
// applyTheme() in src/app/features/settings/theme.ts, which an end-to-end test checks.
(function () {
  var theme = 'system';
  var root = document.documentElement;
  // A prerendered page is the page with no filters and remote images on: when this visit asks
  // otherwise, the page stays hidden (and its lazy images unloaded) until the app has drawn it.
  if (location.search && !/^\?hl=[^&]*$/.test(location.search)) root.classList.add('prerender-stale');
  try {
    var saved = JSON.parse(localStorage.getItem('yuelan.settings.v1') || '{}');
    if (saved && (saved.theme === 'light' || saved.theme === 'dark')) theme = saved.theme;
    if (saved && saved.loadImages === false) root.classList.add('prerender-no-images');
  } catch {
    // Storage refused or corrupt: the system's scheme, as the app does.
  }
  var dark =
    theme === 'dark' || (theme === 'system' && window.matchMedia && matchMedia('(prefers-color-scheme: dark)').matches);
  root.classList.toggle('dark', dark);
  root.style.colorScheme = dark ? 'dark' : 'light';
})();
