// The portfolio's documents tab: the documents in force (jurisdiction, year, title, number, dates, what each level
// below kept of their tasks), the cut points of their department graph, each document's tasks (a task opens its
// lineage) and the reports over the same documents. Counts are named with the nouns the API gives each document.
import { REPORTS } from '../documents.js';
import { jurisdictionOf } from '../graph.js';
import { esc } from '../util.js';

const pane = () => document.getElementById('tab-portfolio-documents');

/** Lists the documents of `graph` (the portfolioView answer for `scope`); `onTask(id)` for a click on a task. */
export function show(graph, scope, onTask) {
  const cuts = graph.nodes.filter(n => n.kind === 'department' && n.data.articulationPoint);
  pane().innerHTML =
    `<p class="count">${graph.documents.length} documents in force</p>
     <table class="scope-documents"><thead><tr><th>辖区 Jurisdiction</th><th>年 Year</th><th>文件 Document</th><th>发布 Published</th><th>失效 Expires</th></tr></thead><tbody>` +
    graph.documents.map(row).join('') + '</tbody></table>' +
    `<p class="cut-points"><b>割点 Cut points</b> (removing one splits the network): ` +
    (cuts.length ? cuts.map(n => `<span class="cut" data-department="${esc(n.id)}">${esc(n.label)} (${esc(jurisdictionOf(n.id))})</span>`).join(' · ') : 'none') +
    '</p>' + reports(scope);
  pane().querySelectorAll('button.task').forEach(b => b.onclick = () => onTask(b.dataset.task));
}

/** Says why there is nothing to show (the API's message: the scope selects no document …). */
export function showError(error) {
  pane().innerHTML = `<p class="error">${esc(error.message)}</p>`;
}

function row(d) {
  const tasks = d.sections.flatMap(s => s.tasks);
  return `<tr data-document="${esc(d.id)}">
    <td class="where">${esc(d.region ?? d.issuer ?? '')}</td><td class="year">${esc(d.year ?? '')}</td>
    <td><span class="title">${esc(d.title ?? d.id)}</span> <span class="hint">${esc(d.number ?? '')}</span>
      ${d.lineage.map(below).join('')}
      <details><summary>${tasks.length} ${esc(d.nouns.task)}</summary>${tasks.map(task).join('')}</details></td>
    <td>${esc(d.publishedDate ?? '')}</td><td>${esc(d.expiresDate ?? '')}</td></tr>`;
}

/** What a document below (a city's, a district's) made of this document's tasks. */
function below(l) {
  const d = l.document;
  return `<div class="below hint" data-below="${esc(d.id)}">↓ ${esc(d.region ?? d.issuer ?? d.id)} ${esc(d.year ?? '')}: carried ${l.carriedCount} · changed ${l.changedCount} · dropped ${l.droppedCount}</div>`;
}

/** Download links for every report over the scope's documents. */
function reports(scope) {
  const query = new URLSearchParams({ jurisdiction: scope.jurisdiction, withLevelsAbove: scope.withLevelsAbove, inForceOn: scope.inForceOn });
  return '<p class="downloads">Reports over these documents: ' + REPORTS
    .map(r => `<a href="reports/${r}.csv?${esc(query)}" download>${r}.csv</a> <a href="reports/${r}.md?${esc(query)}" download>.md</a>`).join(' · ') + '</p>';
}

function task(t) {
  const derived = t.derivedFrom.length
    ? ` <span class="derived" title="${esc(t.derivedFrom.map(p => p.id).join(', '))}">↑</span>` : '';
  return `<button type="button" class="task" data-task="${esc(t.id)}"><b>${esc(t.name)}</b>${derived} ${esc(t.text)}</button>`;
}
