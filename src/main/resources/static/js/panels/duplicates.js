// The duplicates tab: each group's clauses side by side, the shared passage, differing numbers and scope words marked.
import { query } from '../graphql.js';
import { esc, highlight } from '../util.js';

export async function show(documentId) {
  const { duplicateTasks } = await query('duplicateTasks', { documentId });
  document.getElementById('tab-duplicates').innerHTML = `<p>${duplicateTasks.length} groups</p>` + duplicateTasks.map(group).join('');
}

function group(g) {
  const cols = g.tasks.map(t => {
    const marks = g.differences.filter(x => x.task.id === t.id && x.kind !== 'ROLE_WORD')
      .flatMap(x => x.values.map(v => ({ value: v, cls: x.kind === 'NUMBER' ? 'number' : 'scope' })));
    return `<div><b>${esc(t.name)}</b><br>${highlight(t.text, marks)}</div>`;
  }).join('');
  return `<div class="group${g.inconsistent ? ' inconsistent' : ''}" data-group="${esc(g.id)}">
    <div>${g.kind} · ${g.similarity.toFixed(2)} ${g.inconsistent ? `<span class="bad">${esc(g.inconsistencies.join('; '))}</span>` : ''}</div>
    <div class="hint">共同段落: <mark class="passage">${esc(g.sharedPassage)}</mark></div>
    <div class="side-by-side">${cols}</div></div>`;
}
