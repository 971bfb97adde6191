/*
 * Retrieve or Tune embed loader (no dependencies). Paste a placeholder and this script:
 *
 *   <div data-rot-embed="node/rag" data-theme="dark"><a href="https://SITE/approaches/rag/">…</a></div>
 *   <script src="https://SITE/embed.js" async></script>
 *
 * Each [data-rot-embed] element gets a lazily loaded iframe of /embed/<path>/ on the site that served
 * this file (any base path). data-height="480" fixes the height; data-title sets the frame's title
 * (default: the placeholder's text); every other data-* attribute is passed to the embed as an
 * option (data-theme="dark" -> ?theme=dark). Without a fixed height the frame follows its content's
 * height, from messages accepted only from the site's origin and from that frame's own window.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !script.src) return;
  var src = new URL(script.src, location.href);
  var site = src.origin;
  var base = src.pathname.slice(0, src.pathname.lastIndexOf('/') + 1);
  var PATH = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/;
  var RESERVED = { 'data-rot-embed': 1, 'data-rot-embedded': 1, 'data-height': 1, 'data-title': 1 };
  var frames = {};

  function embed(el) {
    var path = el.getAttribute('data-rot-embed');
    el.setAttribute('data-rot-embedded', '');
    if (!PATH.test(path)) return console.warn('Retrieve or Tune: not an embed path: ' + path);
    var url = new URL(base + 'embed/' + path + '/', site);
    for (var i = 0; i < el.attributes.length; i++) {
      var a = el.attributes[i];
      if (a.name.indexOf('data-') === 0 && !RESERVED[a.name]) url.searchParams.set(a.name.slice(5), a.value);
    }
    var frame = document.createElement('iframe');
    var fixed = parseInt(el.getAttribute('data-height'), 10);
    if (fixed > 0) frame.style.height = fixed + 'px';
    else if (location.origin !== 'null') {
      var id = 'rot' + Math.random().toString(36).slice(2, 12);
      url.searchParams.set('frame', id);
      url.searchParams.set('origin', location.origin);
      frames[id] = frame;
      frame.setAttribute('data-rot-frame', id);
    }
    frame.title = el.getAttribute('data-title') || el.textContent.trim() || 'Retrieve or Tune';
    frame.loading = 'lazy';
    frame.referrerPolicy = 'strict-origin-when-cross-origin';
    frame.width = '100%';
    frame.style.border = '0';
    frame.style.display = 'block';
    frame.src = url.href;
    el.replaceChildren(frame);
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (event.origin !== site || !data || data.type !== 'rot:resize') return;
    var frame = Object.prototype.hasOwnProperty.call(frames, data.id) ? frames[data.id] : null;
    if (!frame || event.source !== frame.contentWindow) return;
    if (data.height > 0 && data.height < 100000) frame.style.height = Math.ceil(data.height) + 'px';
  });

  function run() {
    document.querySelectorAll('[data-rot-embed]:not([data-rot-embedded])').forEach(embed);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run);
  else run();
})();
