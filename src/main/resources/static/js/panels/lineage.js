// The portfolio's lineage tab: a task and the tasks of the levels above that it copies (Task.derivedFrom, followed up),
// highest level first, so the chain reads down from the State Council to the task clicked.
import { query } from '../graphql.js';
import { esc, highlight } from '../util.js';

const pane = () => document.getElementById('tab-portfolio-lineage');

/** Shows the chain of the task `id`. */
export async function show(id) {
  pane().innerHTML = '<p class="hint">…</p>';
  let task;
  try {
    ({ task } = await query('taskLineage', { id }));
  } catch (e) {
    pane().innerHTML = `<p class="error">${esc(e.message)}</p>`;
    return;
  }
  const levels = [[task]];
  for (let up = task.derivedFrom ?? []; up.length; up = unique(up.flatMap(t => t.derivedFrom ?? []))) {
    levels.push(up);
  }
  levels.reverse();
  pane().innerHTML = `<div class="lineage">` +
    levels.map((tasks, i) => tasks.map(t => link(t, t.id === task.id, levels.length - 1 - i)).join('')).join('<div class="down">↓</div>') +
    (levels.length === 1 ? '<p class="hint">It copies no task of a level above.</p>' : '') + '</div>';
}

function unique(tasks) {
  return [...new Map(tasks.map(t => [t.id, t])).values()];
}

function link(t, chosen, height) {
  const d = t.document;
  return `<div class="link${chosen ? ' chosen' : ''}" data-task="${esc(t.id)}" data-height="${height}">
    <div class="where">${esc(d.region ?? d.issuer ?? '')} · ${esc(d.year ?? '')} · ${esc(d.title ?? d.id)}</div>
    <div class="head"><b>${esc(t.name)}</b></div><div class="text">${highlight(t.text)}</div></div>`;
}
