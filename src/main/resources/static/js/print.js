// The document page's print button: shown only where script runs (without it, the browser's own print works).
document.querySelectorAll('.print-button').forEach(function (button) {
  button.hidden = false;
  button.addEventListener('click', function () { window.print(); });
});
