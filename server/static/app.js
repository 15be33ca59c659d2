// attache UI helpers. Loaded from /static (the CSP forbids inline scripts).
// The UI works without JavaScript; this only asks before destructive forms.
"use strict";
document.addEventListener("submit", function (ev) {
  var f = ev.target;
  if (f instanceof HTMLFormElement && f.dataset.confirm && !window.confirm(f.dataset.confirm)) {
    ev.preventDefault();
  }
});

// Copy buttons (the cite page): copy the named text field's content.
document.addEventListener("click", function (ev) {
  var b = ev.target;
  if (!(b instanceof HTMLButtonElement) || !b.dataset.copy) {
    return;
  }
  var field = document.getElementById(b.dataset.copy);
  var status = document.getElementById("copy-status");
  if (!field) {
    return;
  }
  field.select();
  var done = function () { if (status) { status.textContent = "Copied."; } };
  if (navigator.clipboard && navigator.clipboard.writeText) {
    navigator.clipboard.writeText(field.value).then(done, function () { document.execCommand("copy"); done(); });
  } else {
    document.execCommand("copy");
    done();
  }
});
