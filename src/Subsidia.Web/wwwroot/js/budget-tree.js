// Live totals of the forecast budget tree on /subventions/nouvelle, for feedback while typing.
// The form works without this script: rows are added and removed by submitting, and the server recomputes and checks
// every total with the domain (ForecastBudget) before storing anything. This file reads the tree the same way:
// a line's amount is its own, or the sum of its sub-lines when it has none; a parent is never added to its sub-lines.
(function () {
  'use strict';
  const form = document.querySelector('form[data-budget-tree]');
  if (!form) {
    return;
  }

  const money = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', minimumFractionDigits: 2 });
  const percent = new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const euros = (cents) => money.format(cents / 100);

  // "15 000,50", "15000.5", "15 000 €" → cents; null when blank or unreadable.
  function cents(text) {
    const clean = (text || '').replace(/[\s\u00A0\u202F€]/g, '').replace('.', ',');
    if (clean === '' || !/^\d+(,\d{1,2})?$/.test(clean)) {
      return null;
    }
    const [units, decimals = ''] = clean.split(',');
    return Number(units) * 100 + Number((decimals + '00').slice(0, 2));
  }

  // The rows of a side as a tree: [{ amount, funder, children }].
  function tree(tbody) {
    const roots = [];
    const parents = [];
    for (const row of tbody.querySelectorAll('tr[data-level]')) {
      const level = Math.min(Number(row.dataset.level) || 0, parents.length);
      const funder = row.querySelector('[data-funder]');
      const node = { stated: cents(row.querySelector('[data-amount]').value), funder: funder ? funder.value : null, children: [] };
      if (level === 0) {
        roots.push(node);
      } else {
        const parent = parents[level - 1];
        node.funder = node.funder || parent.funder;
        parent.children.push(node);
      }
      parents.length = level;
      parents.push(node);
    }
    return roots;
  }

  const amount = (node) => node.stated !== null ? node.stated : node.children.reduce((sum, c) => sum + amount(c), 0);
  // The top-most lines funded by kind: a public parent counts once, with its sub-lines inside it.
  const topMost = (node, kind) => node.funder === kind ? amount(node) : node.children.reduce((sum, c) => sum + topMost(c, kind), 0);
  const sum = (nodes, f) => nodes.reduce((total, n) => total + f(n), 0);

  function update() {
    let expenses = 0;
    let revenues = 0;
    let publicRevenue = 0;
    for (const section of form.querySelectorAll('[data-section]')) {
      if (!section.matches('fieldset')) {
        continue;
      }
      const s = section.dataset.section;
      const expenseRows = section.querySelector('table[data-side="expense"] tbody');
      const revenueRows = section.querySelector('table[data-side="revenue"] tbody');
      const sectionExpenses = expenseRows ? sum(tree(expenseRows), amount) : 0;
      const revenueTree = revenueRows ? tree(revenueRows) : [];
      const sectionRevenues = sum(revenueTree, amount);
      publicRevenue += sum(revenueTree, (n) => topMost(n, 'Public'));
      expenses += sectionExpenses;
      revenues += sectionRevenues;
      const write = (key, value) => {
        const output = form.querySelector(`output[data-total="${key}"][data-section="${s}"]`);
        if (output) {
          output.textContent = euros(value);
        }
      };
      write('expense', sectionExpenses);
      write('revenue', sectionRevenues);
    }

    const grand = (key, text) => {
      const output = form.querySelector(`output[data-grand="${key}"]`);
      if (output && output.textContent !== text) {
        output.textContent = text;
      }
    };
    grand('expense', euros(expenses));
    grand('revenue', euros(revenues));
    grand('public', euros(publicRevenue));
    grand('share', percent.format(revenues === 0 ? 0 : Math.round(publicRevenue * 1000 / revenues) / 10) + '\u00A0%');
    grand('balance', expenses === revenues ? 'équilibré' : `écart de ${euros(expenses - revenues)}`);
  }

  form.addEventListener('input', update);
  form.addEventListener('change', update);
  update();

  // After a refusal, the list of what to correct gets the focus: each entry links to its field.
  const errors = document.getElementById('erreurs');
  if (errors) {
    errors.focus();
  }
})();
