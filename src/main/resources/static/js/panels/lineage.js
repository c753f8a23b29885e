// The portfolio's lineage tab: a task's chain through the levels of government (Task.lineage), the levels above first
// (the State Council's task at the top), then the task clicked, then the tasks below that copy it. Each copy says
// which task it copies, how alike the two are and the numbers and scope words it changed.
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
  const { ancestors, descendants } = task.lineage;
  const steps = new Map(); // a copy's id → its links to the tasks it copies
  for (const step of [...ancestors, ...descendants]) steps.set(step.task.id, [...(steps.get(step.task.id) ?? []), step]);
  const rows = [
    ...levels(ancestors.map(a => ({ task: a.derivedFrom, distance: -a.distance }))),
    [{ task, distance: 0 }],
    ...levels(descendants.map(d => ({ task: d.task, distance: d.distance }))),
  ];
  pane().innerHTML = '<div class="lineage">' +
    rows.map(row => row.map(({ task: t, distance }) => link(t, distance, steps.get(t.id) ?? [])).join('')).join('<div class="down">↓</div>') +
    (rows.length === 1 ? '<p class="hint">It copies no task of a level above, and no task below copies it.</p>' : '') + '</div>';
}

/** The tasks grouped by distance, top to bottom; a task reached twice is shown once. */
function levels(entries) {
  const byDistance = new Map();
  for (const e of entries) {
    const row = byDistance.get(e.distance) ?? new Map();
    row.set(e.task.id, e);
    byDistance.set(e.distance, row);
  }
  return [...byDistance.keys()].sort((a, b) => a - b).map(k => [...byDistance.get(k).values()]);
}

function link(t, distance, steps) {
  const d = t.document;
  return `<div class="link${distance === 0 ? ' chosen' : ''}" data-task="${esc(t.id)}" data-distance="${distance}">
    <div class="where">${esc(d.region ?? d.issuer ?? '')} · ${esc(d.year ?? '')} · ${esc(d.title ?? d.id)}</div>
    <div class="head"><b>${esc(t.name)}</b></div><div class="text">${highlight(t.text)}</div>
    ${steps.map(step).join('')}</div>`;
}

/** What one link says: the task copied, the similarity, the numbers and scope words only the source or the copy states. */
function step(s) {
  const change = s.changed ? ` · <span class="bad">${esc(s.before.join('、'))} → ${esc(s.after.join('、'))}</span>` : ' · unchanged';
  return `<div class="step" data-copies="${esc(s.derivedFrom.id)}">↑ copies ${esc(s.derivedFrom.name)} · similarity ${s.similarity.toFixed(2)}${change}</div>`;
}
