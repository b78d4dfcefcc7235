// Narrows the beneficiary and act lists of /subventions/nouvelle while the search is typed.
// Without this script the form works the same: the « Chercher » button (or Enter) sends the search and the server
// lists the first matches. The script asks the page's own handler (?handler=Beneficiaries|Acts&q=…) for the same
// matches, keeps the blank choice and the current selection, and says how many were found in the status line.
(function () {
  'use strict';
  const limit = 20;
  const words = {
    Beneficiaries: ['bénéficiaire', 'bénéficiaires'],
    Acts: ['acte', 'actes'],
  };

  function found(kind, matches) {
    const [singular, plural] = words[kind];
    if (matches > limit) {
      return `${matches} ${plural} trouvés : les ${limit} premiers sont proposés, précisez la recherche.`;
    }
    return `${matches} ${matches <= 1 ? singular + ' trouvé' : plural + ' trouvés'}.`;
  }

  for (const input of document.querySelectorAll('input[data-finder]')) {
    const kind = input.dataset.finder;
    const list = document.getElementById(input.dataset.finderList);
    const status = document.getElementById(input.dataset.finderStatus);
    if (!list || !status || !words[kind]) {
      continue;
    }

    let timer = 0;
    let asked = input.value.trim();
    input.addEventListener('input', () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(async () => {
        const q = input.value.trim();
        if (q === asked) {
          return;
        }
        asked = q;
        const url = new URL(window.location.pathname, window.location.origin);
        url.searchParams.set('handler', kind);
        url.searchParams.set('q', q);
        let data;
        try {
          const response = await fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
          if (!response.ok) {
            return;
          }
          data = await response.json();
        } catch {
          return; // the « Chercher » button still works
        }
        if (input.value.trim() !== q) {
          return; // a newer search is on its way
        }

        const selected = list.value;
        const keep = Array.from(list.options).filter((o) => o.value === '' || (o.value === selected && o.selected));
        list.replaceChildren(...keep);
        for (const choice of data.choices) {
          if (choice.id === selected) {
            continue;
          }
          const option = document.createElement('option');
          option.value = choice.id;
          option.textContent = choice.label;
          list.append(option);
        }
        status.textContent = found(kind, data.matches);
      }, 250);
    });
  }
})();
