// dutygraph explorer: everything comes from the public GraphQL API at /graphql, the one clients use. This module wires
// the page: its two views (one document; the portfolio of documents in force), the header, the document's graph, the
// side panel's tabs and the import form.
import { loadGenre } from './genre.js';
import { loadDocuments, showHeader, showError } from './documents.js';
import { createGraph } from './graph.js';
import { query } from './graphql.js';
import { initTabs, activate } from './tabs.js';
import * as department from './panels/department.js';
import * as load from './panels/load.js';
import * as duplicates from './panels/duplicates.js';
import * as targets from './panels/targets.js';
import * as commitments from './panels/commitments.js';
import { initImport } from './panels/import.js';
import * as portfolio from './portfolio.js';

let documentId = null;
let graph = null;
let documents = [];

/** Shows the document `id`: header, graph and every tab; the body says data-ready when the first one is shown. */
async function show(id) {
  documentId = id;
  const data = await query('documentView', { documentId: id });
  showHeader(data.document);
  graph.draw(data.collaborationGraph);
  load.show(data.collaborationGraph.load);
  await Promise.all([duplicates.show(id), targets.show(id), commitments.show(id)]);
  document.body.dataset.readyMs = Math.round(performance.now());
  document.body.dataset.ready = 'true';
}

function clicked(name) {
  activate('department');
  department.show(name, documentId);
}

/** Lists the documents (the switcher, the portfolio's jurisdictions) and shows the chosen one. */
async function listDocuments() {
  documents = await loadDocuments(show);
  portfolio.regions(documents, documents.find(d => d.id === documentId)?.region);
}

/** Shows the view `mode` (document or portfolio) and says so in the address. */
function showMode(mode) {
  document.body.dataset.mode = mode;
  document.querySelectorAll('#modes button').forEach(b => b.classList.toggle('active', b.dataset.mode === mode));
  if (mode === 'portfolio') {
    portfolio.regions(documents, documents.find(d => d.id === documentId)?.region);
    portfolio.open().catch(showError);
  } else {
    const params = new URLSearchParams(location.search);
    ['view', 'jurisdiction', 'date', 'above'].forEach(p => params.delete(p));
    history.replaceState(null, '', params.size ? '?' + params : location.pathname);
    graph.redraw();
  }
}

initTabs();
initImport(listDocuments);
loadGenre()
  .then(() => {
    graph = createGraph({ container: document.getElementById('graph'), toolbar: document.querySelector('#document-view .toolbar'), onDepartment: clicked });
    portfolio.init();
    document.querySelectorAll('#modes button').forEach(b => b.onclick = () => showMode(b.dataset.mode));
    if (new URLSearchParams(location.search).get('view') === 'portfolio') document.body.dataset.mode = 'portfolio';
    return listDocuments();
  })
  .then(() => { if (document.body.dataset.mode === 'portfolio') showMode('portfolio'); })
  .catch(showError);
