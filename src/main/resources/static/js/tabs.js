// The side panel's tabs: one shown at a time.

export function initTabs() {
  document.querySelectorAll('.tabs button').forEach(b => b.onclick = () => activate(b.dataset.tab));
}

/** Shows the tab `tab` (department, load, duplicates …) and marks its button. */
export function activate(tab) {
  document.querySelectorAll('.tabs button').forEach(b => b.classList.toggle('active', b.dataset.tab === tab));
  document.querySelectorAll('.tab').forEach(t => t.classList.toggle('active', t.id === 'tab-' + tab));
}
