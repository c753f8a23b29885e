// The side panels' tabs: one shown at a time in each panel (the document view's, the portfolio view's).

export function initTabs() {
  document.querySelectorAll('.tabs button').forEach(b => b.onclick = () => activate(b.dataset.tab));
}

/** Shows the tab `tab` (department, load, … portfolio-years) in its panel and marks its button. */
export function activate(tab) {
  const panel = document.querySelector(`.tabs button[data-tab="${tab}"]`).closest('.tabs').parentElement;
  panel.querySelectorAll('.tabs button').forEach(b => b.classList.toggle('active', b.dataset.tab === tab));
  panel.querySelectorAll(':scope > .tab').forEach(t => t.classList.toggle('active', t.id === 'tab-' + tab));
}
