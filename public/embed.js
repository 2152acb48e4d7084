/* Crossroads embed helper: lets iframes marked `data-crossroads` grow with their content.
   Crossroads posts { type: "crossroads:height", height } to its parent; this script applies the
   height to the iframe that sent it. No data other than a height is ever exchanged. */
(function () {
  'use strict';
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'crossroads:height' || typeof data.height !== 'number') return;
    var frames = document.querySelectorAll('iframe[data-crossroads]');
    for (var i = 0; i < frames.length; i += 1) {
      if (frames[i].contentWindow === event.source) {
        var height = Math.max(200, Math.min(20000, Math.ceil(data.height)));
        frames[i].style.height = height + 'px';
      }
    }
  });
})();
