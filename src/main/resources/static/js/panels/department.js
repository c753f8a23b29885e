// The department tab: a department's own clauses, then those it only takes part in, each with every role and its
// evidence. Task names (区工信局 #1, 一/(二)) and role words are the API's.
import { query } from '../graphql.js';
import { roleWord } from '../genre.js';
import { esc, highlight } from '../util.js';

const pane = () => document.getElementById('tab-department');

/** Lists the clauses of the department `name` in the document `documentId`. */
export async function show(name, documentId) {
  pane().innerHTML = '<p class="hint">…</p>';
  let d;
  try {
    d = (await query('department', { name, documentId })).department;
  } catch (e) {
    pane().innerHTML = `<p class="error">${esc(e.message)}</p>`;
    return;
  }
  const owned = new Set(d.ownedTasks.map(t => t.id));
  const others = [...new Map(d.participations.filter(p => !owned.has(p.task.id)).map(p => [p.task.id, p.task])).values()];
  pane().innerHTML = `<h2>${esc(d.name)}${d.organisation ? ' <span class="hint">organisation</span>' : ''}</h2><p class="hint">${esc(d.aliases.join('、'))}</p>` +
    (d.ownedTasks.length ? '' : '<p class="hint">No tasks of its own in this document.</p>') +
    d.ownedTasks.map(t => clause(t, false)).join('') +
    (others.length ? '<h3>Also takes part in</h3>' + others.map(t => clause(t, true)).join('') : '');
}

function clause(t, other) {
  return `<div class="clause${other ? ' other' : ''}" data-task="${esc(t.id)}">
    <div class="head">${esc(t.name)}${t.boilerplate ? '<span class="boilerplate">boilerplate</span>' : ''}</div>
    <div class="text">${highlight(t.text)}</div>
    <ul class="roles">${t.participants.map(p => `<li><span class="role-${p.role}" title="${esc(roleWord(p.role))}">${p.role}</span> ${esc(p.department.name)} — ${highlight(p.evidence)}</li>`).join('')}</ul>
  </div>`;
}
