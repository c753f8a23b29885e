// dutygraph explorer: everything comes from the public GraphQL API at /graphql, the one clients use. This module wires
// the page: the header, the graph, the side panel's tabs and the import form.
import { loadGenre } from './genre.js';
import { loadDocuments, showHeader, showError } from './documents.js';
import { initGraph, drawGraph } from './graph.js';
import { query } from './graphql.js';
import { initTabs, activate } from './tabs.js';
import * as department from './panels/department.js';
import * as load from './panels/load.js';
import * as duplicates from './panels/duplicates.js';
import * as targets from './panels/targets.js';
import * as commitments from './panels/commitments.js';
import { initImport } from './panels/import.js';

let documentId = null;

/** Shows the document `id`: header, graph and every tab; the body says data-ready when the first one is shown. */
async function show(id) {
  documentId = id;
  const data = await query('documentView', { documentId: id });
  showHeader(data.document);
  drawGraph(data.collaborationGraph);
  load.show(data.collaborationGraph.load);
  await Promise.all([duplicates.show(id), targets.show(id), commitments.show(id)]);
  document.body.dataset.readyMs = Math.round(performance.now());
  document.body.dataset.ready = 'true';
}

function clicked(name) {
  activate('department');
  department.show(name, documentId);
}

initTabs();
initImport(() => loadDocuments(show));
loadGenre()
  .then(() => {
    initGraph(clicked);
    return loadDocuments(show);
  })
  .catch(showError);
