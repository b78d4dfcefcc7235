// Keyboard moves in the attendance grid (progressive enhancement: the form works without this script).
// Up/Down: same column, previous/next member. Left/Right on a list: neighbouring column. Letters still choose
// in a list and Alt+Down still opens it, as the browser does.
(function () {
  'use strict';
  var grid = document.querySelector('table[data-grid]');
  if (!grid) { return; }
  function cellOf(el) { return el.closest('td'); }
  function focusable(td) { return td ? td.querySelector('select, input:not([type=hidden])') : null; }
  grid.addEventListener('keydown', function (event) {
    var el = event.target;
    if (!(el instanceof HTMLSelectElement || el instanceof HTMLInputElement) || event.altKey || event.ctrlKey || event.metaKey) { return; }
    var td = cellOf(el);
    if (!td) { return; }
    var tr = td.parentElement;
    var column = Array.prototype.indexOf.call(tr.children, td);
    var target = null;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      var row = event.key === 'ArrowDown' ? tr.nextElementSibling : tr.previousElementSibling;
      while (row && !focusable(row.children[column])) { row = event.key === 'ArrowDown' ? row.nextElementSibling : row.previousElementSibling; }
      target = row ? focusable(row.children[column]) : null;
    } else if ((event.key === 'ArrowRight' || event.key === 'ArrowLeft') && el instanceof HTMLSelectElement) {
      var next = event.key === 'ArrowRight' ? td.nextElementSibling : td.previousElementSibling;
      while (next && !focusable(next)) { next = event.key === 'ArrowRight' ? next.nextElementSibling : next.previousElementSibling; }
      target = next ? focusable(next) : null;
    }
    if (target) {
      event.preventDefault();
      target.focus();
    }
  });
})();
