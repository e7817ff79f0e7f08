// Starts the app after the first paint on a prerendered page: the page is readable as soon as its
// HTML and CSS arrive, and the app's code and data (named on this script's tag) do not compete
// with them for a slow connection. Pages without a prerendered page load the app at once instead.
(function () {
  var script = document.currentScript;
  if (!script) return;
  var started = false;
  function add(rel, href, as) {
    var link = document.createElement('link');
    link.rel = rel;
    if (as) link.as = as;
    link.crossOrigin = 'anonymous';
    link.href = href;
    document.head.appendChild(link);
  }
  function start() {
    if (started) return;
    started = true;
    (script.dataset.modules || '').split(' ').forEach(function (href) {
      if (href) add('modulepreload', href);
    });
    (script.dataset.fetch || '').split(' ').forEach(function (href) {
      if (href) add('preload', href, 'fetch');
    });
    import(script.dataset.entry);
  }
  requestAnimationFrame(function () {
    setTimeout(start, 0);
  });
  // A tab opened in the background paints no frames: start anyway.
  setTimeout(start, 1000);
})();
