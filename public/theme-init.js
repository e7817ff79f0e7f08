// Applies the saved theme and reading settings before the first paint, so a reader who chose
// dark, sepia or a larger text never sees a flash of the defaults, and tells the stylesheet when
// a prerendered page does not match this visit. A plain blocking script (the app bundle loads
// after the page has painted): it must agree with applyTheme() and applyReading() in
// src/app/features/settings/theme.ts, which end-to-end tests check.
(function () {
  var theme = 'system';
  var root = document.documentElement;
  // The interface's language as pickLanguage() in src/app/i18n/language.ts decides it.
  var language = 'auto';
  var reading = { fontSize: '2', lineHeight: 'normal', width: 'normal', typeface: 'sans', cjkSpacing: 'on' };
  // A prerendered page is the page with no filters and remote images on: when this visit asks
  // otherwise, the page stays hidden (and its lazy images unloaded) until the app has drawn it.
  if (location.search && !/^\?hl=[^&]*$/.test(location.search)) root.classList.add('prerender-stale');
  try {
    var saved = JSON.parse(localStorage.getItem('yuelan.settings.v1') || '{}');
    if (saved && (saved.theme === 'light' || saved.theme === 'dark' || saved.theme === 'sepia')) theme = saved.theme;
    if (saved && saved.loadImages === false) root.classList.add('prerender-no-images');
    if (saved && [0, 1, 2, 3, 4, 5, 6].indexOf(saved.fontSize) >= 0) reading.fontSize = String(saved.fontSize);
    if (saved && ['tight', 'normal', 'loose'].indexOf(saved.lineHeight) >= 0) reading.lineHeight = saved.lineHeight;
    if (saved && ['narrow', 'normal', 'wide'].indexOf(saved.width) >= 0) reading.width = saved.width;
    if (saved && (saved.typeface === 'sans' || saved.typeface === 'serif')) reading.typeface = saved.typeface;
    if (saved && saved.cjkSpacing === false) reading.cjkSpacing = 'off';
    if (saved && (saved.language === 'zh-CN' || saved.language === 'en')) language = saved.language;
  } catch {
    // Storage refused or corrupt: the defaults, as the app uses.
  }
  var dark =
    theme === 'dark' || (theme === 'system' && window.matchMedia && matchMedia('(prefers-color-scheme: dark)').matches);
  root.classList.toggle('dark', dark);
  root.classList.toggle('sepia', theme === 'sepia');
  root.style.colorScheme = dark ? 'dark' : 'light';
  for (var key in reading) root.dataset[key] = reading[key];
  if (language === 'auto') {
    var browser = navigator.languages || [];
    language = browser.length === 0 ? 'zh-CN' : 'en';
    for (var i = 0; i < browser.length; i++) {
      var primary = String(browser[i]).toLowerCase().split('-')[0];
      if (primary === 'zh' || primary === 'en') {
        language = primary === 'zh' ? 'zh-CN' : 'en';
        break;
      }
    }
  }
  // Prerendered pages have the Chinese interface: a reader of the English one waits for the app
  // rather than watch the words change under them (the page shows anyway if the app is slow).
  if (language === 'en') root.classList.add('prerender-other-language');
})();
