// Applies the saved theme before the first paint, so a reader who chose dark never sees a flash
// of light. A plain blocking script (the app bundle loads after the page has painted): it must
// agree with applyTheme() in src/app/features/settings/theme.ts, which an end-to-end test checks.
(function () {
  var theme = 'system';
  try {
    var saved = JSON.parse(localStorage.getItem('yuelan.settings.v1') || '{}');
    if (saved && (saved.theme === 'light' || saved.theme === 'dark')) theme = saved.theme;
  } catch {
    // Storage refused or corrupt: the system's scheme, as the app does.
  }
  var dark =
    theme === 'dark' || (theme === 'system' && window.matchMedia && matchMedia('(prefers-color-scheme: dark)').matches);
  document.documentElement.classList.toggle('dark', dark);
  document.documentElement.style.colorScheme = dark ? 'dark' : 'light';
})();
