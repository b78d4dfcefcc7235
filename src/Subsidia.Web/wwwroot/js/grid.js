// Keyboard moves in the attendance grid (progressive enhancement: the form works without this script).
// Up/Down: same column, previous/next member. Left/Right on a list: neighbouring column. Letters still choose
// in a list and Alt+Down still opens it, as the browser does.
// Light rows: a list marked data-options="x" holds only its blank choice and the stored one; it is filled from the
// shared <template id="options-x"> when it gets the focus or the pointer (its own member, data-self, left out), so
// the page does not repeat the member lists on every row. Without this script, "Listes complètes" writes them out.
(function () {
  'use strict';
  var grid = document.querySelector('table[data-grid]');
  if (!grid) { return; }
  function fill(select) {
    var name = select.getAttribute('data-options');
    var template = name ? document.getElementById('options-' + name) : null;
    if (!template) { return; }
    var value = select.value;
    var kept = select.selectedIndex > 0 ? select.options[select.selectedIndex] : null;
    var self = select.getAttribute('data-self');
    while (select.options.length > 1) { select.remove(1); }
    var options = template.content.cloneNode(true);
    if (self) {
      Array.prototype.forEach.call(options.querySelectorAll('option'), function (o) { if (o.value === self) { o.remove(); } });
    }
    select.appendChild(options);
    select.value = value;
    if (kept && select.value !== value) {
      // A stored choice the shared list does not hold (a holder who is not a titular member) stays first.
      select.add(kept, 1);
      select.value = value;
    }
    select.removeAttribute('data-options');
  }
  function fillTarget(event) {
    var el = event.target;
    if (el instanceof HTMLSelectElement && el.hasAttribute('data-options')) { fill(el); }
  }
  grid.addEventListener('focusin', fillTarget);
  grid.addEventListener('pointerdown', fillTarget);
  grid.addEventListener('mousedown', fillTarget);
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
