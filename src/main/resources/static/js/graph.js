// The collaboration graph of the document shown, drawn by Cytoscape.js (vendor/, loaded as a classic script before
// the modules: the global cytoscape). The toolbar's switches choose the edge kinds and whether external departments
// show; the edge kinds (JOINT, SUPPORT …) are the API's own values, the words beside them come from the genre query.
import { roleWord } from './genre.js';

let graph = null;
let cy = null;
let departmentClicked = () => {};

/** Names the toolbar's role switches and redraws on a switch; `onDepartment(name)` is called for a click on a node. */
export function initGraph(onDepartment) {
  departmentClicked = onDepartment;
  document.querySelectorAll('.toolbar [data-role]').forEach(s => s.textContent = roleWord(s.dataset.role));
  document.querySelectorAll('[data-edge], #show-external').forEach(c => c.onchange = redraw);
}

/** Draws `collaborationGraph` (the answer of the documentView query). */
export function drawGraph(collaborationGraph) {
  graph = collaborationGraph;
  redraw();
}

function redraw() {
  if (!graph) return;
  const showExternal = document.getElementById('show-external').checked;
  const kinds = [...document.querySelectorAll('[data-edge]')].filter(c => c.checked).map(c => c.dataset.edge);
  const nodes = graph.nodes.filter(n => n.kind === 'department' && (showExternal || !n.data.external));
  const ids = new Set(nodes.map(n => n.id));
  const edges = graph.edges.filter(e => kinds.includes(e.kind) && ids.has(e.source) && ids.has(e.target));
  const maxLoad = Math.max(1, ...nodes.map(n => n.data.loadScore || 0));
  const elements = [
    ...nodes.map(n => ({ data: { id: n.id, label: n.label, load: n.data.loadScore || 0, critical: n.data.bottleneckScore || 0, external: n.data.external } })),
    ...edges.map(e => ({ data: { id: e.id, source: e.source, target: e.target, kind: e.kind, weight: e.weight } })),
  ];
  if (cy) cy.destroy();
  cy = cytoscape({
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
  cy.on('tap', 'node', evt => departmentClicked(evt.target.data('label')));
  window.dutygraph = { cy }; // for tests and for the curious
}
