// dutygraph explorer: everything comes from the public GraphQL API at /graphql, the one clients use.
'use strict';

const state = { documentId: null, graph: null, cy: null };

async function gql(query, variables = {}, token) {
  const headers = { 'Content-Type': 'application/json' };
  if (token) headers.Authorization = 'Bearer ' + token;
  const response = await fetch('graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const json = await response.json();
  if (json.errors && json.errors.length) throw new Error(json.errors.map(e => e.message).join('; '));
  return json.data;
}

const esc = s => String(s ?? '').replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
/** The role words the reader reads (the genre query), longest first; set before the first document is shown. */
let roleWords = null;

async function loadGenre() {
  const { genre } = await gql('{ genre { roleWords { word } } }');
  const words = [...new Set(genre.roleWords.map(w => w.word))].sort((a, b) => b.length - a.length);
  roleWords = new RegExp('(' + words.map(w => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|') + ')', 'g');
}

/** How a report names a task: 区工信局 #4 for a department's clause, its label path for a task-division task. */
const taskName = t => (t.owner && t.id.endsWith('/' + t.owner.name + '/' + t.ordinal)) ? `${t.owner.name} #${t.ordinal}` : t.path;

/** Task text, HTML-escaped, with role words and the given values highlighted. */
function highlight(text, marks = []) {
  let html = roleWords ? esc(text).replace(roleWords, '<mark class="role">$1</mark>') : esc(text);
  for (const { value, cls } of marks) {
    if (!value) continue;
    html = html.split(esc(value)).join(`<mark class="${cls}">${esc(value)}</mark>`);
  }
  return html;
}

async function loadDocuments() {
  const data = await gql('{ documents { id title year region taskCount } }');
  const select = document.getElementById('document');
  select.innerHTML = data.documents.map(d => `<option value="${esc(d.id)}">${esc(d.id)} · ${esc(d.region ?? '')} ${esc(d.year ?? '')}</option>`).join('');
  const fromUrl = new URLSearchParams(location.search).get('document');
  if (fromUrl && data.documents.some(d => d.id === fromUrl)) select.value = fromUrl;
  select.onchange = () => show(select.value);
  if (data.documents.length) await show(select.value);
}

async function show(documentId) {
  state.documentId = documentId;
  const data = await gql(`query($d: ID!) {
    document(id: $d) { id title taskCount sectionCount layout coverage }
    collaborationGraph(documentId: $d) { nodes { id label kind value data { external loadScore loadFlag bottleneckScore leads joints supports } }
                                        edges { id source target kind weight } } }`, { d: documentId });
  const byDepartment = ['DEPARTMENT_SECTIONS', 'DEPARTMENT_ARTICLES'].includes(data.document.layout);
  document.getElementById('document-title').textContent = `${data.document.title ?? ''} · ${data.document.sectionCount} ${byDepartment ? '部门' : '部分'} · ${data.document.taskCount} ${byDepartment ? '条款' : '任务'}`;
  document.getElementById('document-title').dataset.layout = data.document.layout;
  document.getElementById('downloads').innerHTML = ['load', 'duplicates', 'overlaps', 'shared-targets', 'commitments']
    .map(r => `<a href="reports/${r}.csv?documentId=${encodeURIComponent(documentId)}" download>${r}.csv</a><a href="reports/${r}.md?documentId=${encodeURIComponent(documentId)}" download>.md</a>`).join('');
  state.graph = data.collaborationGraph;
  drawGraph();
  await Promise.all([showLoad(), showDuplicates(), showTargets(), showCommitments()]);
  document.body.dataset.readyMs = Math.round(performance.now());
  document.body.dataset.ready = 'true';
}

function drawGraph() {
  const showExternal = document.getElementById('show-external').checked;
  const kinds = [...document.querySelectorAll('[data-edge]')].filter(c => c.checked).map(c => c.dataset.edge);
  const nodes = state.graph.nodes.filter(n => n.kind === 'department' && (showExternal || !n.data.external));
  const ids = new Set(nodes.map(n => n.id));
  const edges = state.graph.edges.filter(e => kinds.includes(e.kind) && ids.has(e.source) && ids.has(e.target));
  const maxLoad = Math.max(1, ...nodes.map(n => n.data.loadScore || 0));
  const elements = [
    ...nodes.map(n => ({ data: { id: n.id, label: n.label, load: n.data.loadScore || 0, critical: n.data.bottleneckScore || 0, external: n.data.external } })),
    ...edges.map(e => ({ data: { id: e.id, source: e.source, target: e.target, kind: e.kind, weight: e.weight } })),
  ];
  if (state.cy) state.cy.destroy();
  state.cy = cytoscape({
    container: document.getElementById('graph'),
    elements,
    style: [
      { selector: 'node', style: {
          label: 'data(label)', 'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 3,
          width: `mapData(load, 0, ${maxLoad}, 18, 70)`, height: `mapData(load, 0, ${maxLoad}, 18, 70)`,
          'background-color': 'mapData(critical, 0, 1, #9ecae1, #c0392b)', 'border-width': 1, 'border-color': '#345' } },
      { selector: 'node[?external]', style: { shape: 'round-rectangle', 'background-color': '#ddd' } },
      { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#f39c12' } },
      { selector: 'edge', style: { width: 'mapData(weight, 1, 6, 1, 8)', 'line-color': '#9aa8b6', 'curve-style': 'bezier', opacity: 0.8 } },
      { selector: 'edge[kind = "JOINT"]', style: { 'line-color': '#1f6f43', 'target-arrow-shape': 'triangle', 'target-arrow-color': '#1f6f43' } },
      { selector: 'edge[kind = "SUPPORT"]', style: { 'line-color': '#2b5797', 'target-arrow-shape': 'triangle', 'target-arrow-color': '#2b5797', 'line-style': 'dashed' } },
      { selector: 'edge[kind = "DUPLICATE"]', style: { 'line-color': '#c0392b', 'line-style': 'dotted' } },
    ],
    layout: { name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 400000, idealEdgeLength: () => 110, nodeOverlap: 40, padding: 20 },
  });
  state.cy.on('tap', 'node', evt => showDepartment(evt.target.data('label')));
  window.dutygraph = { cy: state.cy }; // for tests and for the curious
}

async function showDepartment(name) {
  activate('department');
  const pane = document.getElementById('tab-department');
  pane.innerHTML = '<p class="hint">…</p>';
  const data = await gql(`query($n: String!, $d: ID) { department(name: $n, documentId: $d) { name aliases external organisation
      ownedTasks(documentId: $d) { id ordinal path text boilerplate owner { name } participants { role evidence department { name } } }
      participations(documentId: $d) { role task { id ordinal path text boilerplate owner { name } participants { role evidence department { name } } } } } }`,
    { n: name, d: state.documentId });
  const d = data.department;
  const owned = new Set(d.ownedTasks.map(t => t.id));
  const others = [...new Map(d.participations.filter(p => !owned.has(p.task.id)).map(p => [p.task.id, p.task])).values()];
  const clause = (t, other) => `<div class="clause${other ? ' other' : ''}" data-task="${esc(t.id)}">
        <div class="head">${esc(taskName(t))}${t.boilerplate ? '<span class="boilerplate">boilerplate</span>' : ''}</div>
        <div class="text">${highlight(t.text)}</div>
        <ul class="roles">${t.participants.map(p => `<li><span class="role-${p.role}">${p.role}</span> ${esc(p.department.name)} — ${highlight(p.evidence)}</li>`).join('')}</ul>
      </div>`;
  pane.innerHTML = `<h2>${esc(d.name)}${d.organisation ? ' <span class="hint">organisation</span>' : ''}</h2><p class="hint">${esc(d.aliases.join('、'))}</p>` +
    (d.ownedTasks.length ? '' : '<p class="hint">No tasks of its own in this document.</p>') +
    d.ownedTasks.map(t => clause(t, false)).join('') +
    (others.length ? `<h3>Also takes part in</h3>` + others.map(t => clause(t, true)).join('') : '');
}

async function showLoad() {
  const { loadBalance: lb } = await gql(`query($d: ID) { loadBalance(documentId: $d) { mean median gini coefficientOfVariation rule
      departments { department { name external } score flag leads joints supports } } }`, { d: state.documentId });
  const own = lb.departments.filter(x => !x.department.external);
  const max = Math.max(1, ...own.map(x => x.score));
  document.getElementById('tab-load').innerHTML =
    `<p>Gini <b>${lb.gini.toFixed(3)}</b> · mean ${lb.mean.toFixed(1)} · median ${lb.median.toFixed(1)} · CV ${lb.coefficientOfVariation.toFixed(2)}</p>
     <p class="hint">${esc(lb.rule)}</p><div class="bars">` +
    own.map(x => `<div class="bar" title="牵头 ${x.leads} · 会同 ${x.joints} · 配合 ${x.supports}"><span class="name">${esc(x.department.name)}</span>
        <span style="position:relative;flex:1"><span class="fill ${x.flag}" style="display:block;width:${(100 * x.score / max).toFixed(1)}%"></span>
        <span class="mean" style="left:${(100 * lb.mean / max).toFixed(1)}%"></span></span>
        <span>${x.score} ${x.flag === 'BALANCED' ? '' : `<b class="${x.flag === 'OVERLOADED' ? 'bad' : ''}">${x.flag}</b>`}</span></div>`).join('') + '</div>';
}

async function showDuplicates() {
  const { duplicateTasks } = await gql(`query($d: ID) { duplicateTasks(documentId: $d) { id kind similarity sharedPassage inconsistent inconsistencies
      tasks { id text path owner { name } ordinal } differences { task { id } kind values } } }`, { d: state.documentId });
  document.getElementById('tab-duplicates').innerHTML = `<p>${duplicateTasks.length} groups</p>` + duplicateTasks.map(g => {
    const cols = g.tasks.map(t => {
      const marks = g.differences.filter(x => x.task.id === t.id && x.kind !== 'ROLE_WORD')
        .flatMap(x => x.values.map(v => ({ value: v, cls: x.kind === 'NUMBER' ? 'number' : 'scope' })));
      return `<div><b>${esc(taskName(t))}</b><br>${highlight(t.text, marks)}</div>`;
    }).join('');
    return `<div class="group${g.inconsistent ? ' inconsistent' : ''}" data-group="${esc(g.id)}">
      <div>${g.kind} · ${g.similarity.toFixed(2)} ${g.inconsistent ? `<span class="bad">${esc(g.inconsistencies.join('; '))}</span>` : ''}</div>
      <div class="hint">共同段落: <mark class="passage">${esc(g.sharedPassage)}</mark></div>
      <div class="side-by-side">${cols}</div></div>`;
  }).join('');
}

async function showTargets() {
  const { sharedTargets } = await gql(`query($d: ID) { sharedTargets(documentId: $d) { subject unit consistent disagreements
      departments { name } targets { value comparator scope raw task { id } } } }`, { d: state.documentId });
  document.getElementById('tab-targets').innerHTML = `<table><tr><th>subject</th><th>departments</th><th>targets</th><th>consistent</th></tr>` +
    sharedTargets.map(s => `<tr><td>${esc(s.subject)} (${esc(s.unit)})</td><td>${esc(s.departments.map(d => d.name).join('、'))}</td>
      <td>${s.targets.map(t => esc(t.raw)).join('<br>')}</td><td class="${s.consistent ? '' : 'bad'}">${s.consistent ? '✓' : esc(s.disagreements.join('; '))}</td></tr>`).join('') + '</table>';
}

async function showCommitments() {
  const { oneSidedCommitments } = await gql(`query($d: ID) { oneSidedCommitments(documentId: $d) { kind role evidence reason task { id path ordinal owner { name } } named { name } } }`, { d: state.documentId });
  document.getElementById('tab-commitments').innerHTML = `<table><tr><th>kind</th><th>clause</th><th>named</th><th>reason</th></tr>` +
    oneSidedCommitments.map(c => `<tr><td>${c.kind}</td><td>${esc(taskName(c.task))}</td><td>${esc(c.named.name)} (${c.role})</td>
      <td>${esc(c.reason)}<br><span class="hint">${highlight(c.evidence)}</span></td></tr>`).join('') + '</table>';
}

function activate(tab) {
  document.querySelectorAll('.tabs button').forEach(b => b.classList.toggle('active', b.dataset.tab === tab));
  document.querySelectorAll('.tab').forEach(t => t.classList.toggle('active', t.id === 'tab-' + tab));
}

/** The chosen or dropped file, if any: it is sent to /api/documents instead of the text. */
function importFile() {
  const input = document.getElementById('import-file');
  return input.files && input.files.length ? input.files[0] : null;
}

/** POSTs the file (multipart) to a /api/documents endpoint; the answer's error, if any, becomes an Error. */
async function upload(path, file, token) {
  const form = new FormData();
  form.append('file', file);
  const id = document.getElementById('import-id').value;
  if (id) form.append('id', id);
  const response = await fetch(path, { method: 'POST', body: form, headers: token ? { Authorization: 'Bearer ' + token } : {} });
  const body = await response.json();
  if (!response.ok) throw new Error(body.error ?? (body.errors && body.errors[0].message) ?? response.statusText);
  return body;
}

async function previewImport() {
  const out = document.getElementById('import-result');
  try {
    const file = importFile();
    const p = file ? await upload('/api/documents/preview', file) : (await gql(`query($t: String!, $id: ID) { previewDocument(text: $t, id: $id) { id title layout coverage sectionCount taskCount tasksWithRoles departmentCount warnings } }`,
      { t: document.getElementById('import-text').value, id: document.getElementById('import-id').value || null })).previewDocument;
    out.innerHTML = `<p>${esc(p.id)} · ${esc(p.title ?? '')}: ${esc(p.layout)}, ${p.sectionCount} sections, ${p.taskCount} tasks (${p.tasksWithRoles} with departments), ${p.departmentCount} departments, ${Math.round(100 * p.coverage)}% of the text read</p>` +
      (p.warnings.length ? `<ul>${p.warnings.map(w => `<li>${esc(w)}</li>`).join('')}</ul>` : '<p>No warnings.</p>');
    document.getElementById('commit').disabled = false;
  } catch (e) {
    out.innerHTML = `<p class="error">${esc(e.message)}</p>`;
    document.getElementById('commit').disabled = true;
  }
}

async function commitImport(event) {
  event.preventDefault();
  const out = document.getElementById('import-result');
  try {
    const file = importFile();
    const r = file
      ? await upload('/api/documents', file, document.getElementById('token').value)
      : (await gql(`mutation($t: String!, $id: ID) { importDocument(text: $t, id: $id) { changed document { id } taskCount } }`,
        { t: document.getElementById('import-text').value, id: document.getElementById('import-id').value || null },
        document.getElementById('token').value)).importDocument;
    out.innerHTML = `<p>${r.changed ? 'Imported' : 'Unchanged'}: ${esc(r.documentId ?? r.document.id)} (${r.taskCount} tasks)</p>`;
    await loadDocuments();
  } catch (e) {
    out.innerHTML = `<p class="error">${esc(e.message)}</p>`;
  }
}

document.querySelectorAll('.tabs button').forEach(b => b.onclick = () => activate(b.dataset.tab));
document.querySelectorAll('[data-edge], #show-external').forEach(c => c.onchange = drawGraph);
document.getElementById('preview').onclick = previewImport;
// a new file or text needs a new preview before it can be imported
document.getElementById('import-file').onchange = () => { document.getElementById('commit').disabled = true; };
document.getElementById('import-text').oninput = () => { document.getElementById('commit').disabled = true; };
const drop = document.getElementById('import-form');
drop.ondragover = e => { e.preventDefault(); drop.classList.add('dropping'); };
drop.ondragleave = () => drop.classList.remove('dropping');
drop.ondrop = e => {
  e.preventDefault();
  drop.classList.remove('dropping');
  if (e.dataTransfer.files.length) {
    document.getElementById('import-file').files = e.dataTransfer.files;
    document.getElementById('commit').disabled = true;
  }
};
document.getElementById('import-form').onsubmit = commitImport;
loadGenre().then(loadDocuments).catch(e => { document.getElementById('document-title').textContent = e.message; });
