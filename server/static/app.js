// attache UI helpers. Loaded from /static (the CSP forbids inline scripts).
// The UI works without JavaScript; this only asks before destructive forms.
"use strict";
document.addEventListener("submit", function (ev) {
  var f = ev.target;
  if (f instanceof HTMLFormElement && f.dataset.confirm && !window.confirm(f.dataset.confirm)) {
    ev.preventDefault();
  }
});
