// A print button for pages people keep on paper (the application receipt). Without scripts the button stays
// hidden and the browser's own print command prints the page with the print styles.
(function () {
  'use strict';
  document.querySelectorAll('button[data-print]').forEach(function (b) {
    b.hidden = false;
    b.addEventListener('click', function () { window.print(); });
  });
}());
