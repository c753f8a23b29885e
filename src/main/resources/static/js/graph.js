// A collaboration graph drawn by Cytoscape.js (vendor/, loaded as a classic script before the modules: the global
// cytoscape). The page has two: the document's and the portfolio's. Each has its own toolbar, whose switches choose
// the edge kinds and whether external departments show; the edge kinds (JOINT, SUPPORT …) are the API's own values,
// the words beside them come from the genre query.
import { roleWord } from './genre.js';

const COSE = { name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 400000, idealEdgeLength: () => 110, nodeOverlap: 40, padding: 20 };

// Light fills for the jurisdiction boxes of a portfolio graph, from the jurisdiction chosen upwards.
const JURISDICTION_FILLS = ['#e8f1fb', '#eaf6ec', '#fbf3e4', '#f3eafa', '#fbe9ec', '#eef0f2'];

/**
 * A graph drawn in `container`, switched by the `[data-edge]` and `.show-external` checkboxes of `toolbar`.
 * `onDepartment(name, id)` is called for a click on a department. With `byJurisdiction`, departments sit in one box
 * per jurisdiction (the part of a department's id before its name: 常州市武进区/区财政局) and cut points are marked;
 * `name` is where tests find the Cytoscape instance (window.dutygraph[name]).
 */
export function createGraph({ container, toolbar, onDepartment = () => {}, byJurisdiction = false, name = 'cy' }) {
  let graph = null;
  let cy = null;
  toolbar.querySelectorAll('[data-role]').forEach(s => s.textContent = roleWord(s.dataset.role));
  toolbar.querySelectorAll('[data-edge], .show-external').forEach(c => c.onchange = render);

  function render() {
    if (!graph || !container.offsetParent) return; // drawn when shown: a hidden container has no size to lay out in
    const showExternal = toolbar.querySelector('.show-external').checked;
    const kinds = [...toolbar.querySelectorAll('[data-edge]')].filter(c => c.checked).map(c => c.dataset.edge);
    const nodes = graph.nodes.filter(n => n.kind === 'department' && (showExternal || !n.data.external));
    const ids = new Set(nodes.map(n => n.id));
    const edges = graph.edges.filter(e => kinds.includes(e.kind) && ids.has(e.source) && ids.has(e.target));
    const maxLoad = Math.max(1, ...nodes.map(n => n.data.loadScore || 0));
    const boxes = byJurisdiction ? jurisdictions(nodes, graph.documents ?? []) : new Map();
    const elements = [
      ...[...boxes.values()].map(b => ({ data: { id: b.id, label: b.label, fill: b.fill }, classes: 'jurisdiction' })),
      ...nodes.map(n => ({ data: {
        id: n.id, label: n.label, load: n.data.loadScore || 0, critical: n.data.bottleneckScore || 0,
        external: n.data.external, cut: !!n.data.articulationPoint, parent: boxes.get(jurisdictionOf(n.id))?.id,
      } })),
      ...edges.map(e => ({ data: { id: e.id, source: e.source, target: e.target, kind: e.kind, weight: e.weight } })),
    ];
    if (cy) cy.destroy();
    cy = cytoscape({
      container,
      elements,
      style: [
        { selector: 'node', style: { label: 'data(label)', 'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 3 } },
        { selector: 'node[load]', style: {
            width: `mapData(load, 0, ${maxLoad}, 18, 70)`, height: `mapData(load, 0, ${maxLoad}, 18, 70)`,
            'background-color': 'mapData(critical, 0, 1, #9ecae1, #c0392b)', 'border-width': 1, 'border-color': '#345' } },
        { selector: 'node[?external]', style: { shape: 'round-rectangle', 'background-color': '#ddd' } },
        { selector: 'node[?cut]', style: { shape: 'diamond', 'border-width': 4, 'border-color': '#111' } },
        { selector: 'node.jurisdiction', style: {
            'background-color': 'data(fill)', 'border-color': '#9aa8b6', 'border-width': 1, shape: 'round-rectangle',
            'text-valign': 'top', 'text-halign': 'center', 'text-margin-y': -4, 'font-size': 12, 'font-weight': 'bold', padding: 14 } },
        { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#f39c12' } },
        { selector: 'edge', style: { width: 'mapData(weight, 1, 6, 1, 8)', 'line-color': '#9aa8b6', 'curve-style': 'bezier', opacity: 0.8 } },
        { selector: 'edge[kind = "JOINT"]', style: { 'line-color': '#1f6f43', 'target-arrow-shape': 'triangle', 'target-arrow-color': '#1f6f43' } },
        { selector: 'edge[kind = "SUPPORT"]', style: { 'line-color': '#2b5797', 'target-arrow-shape': 'triangle', 'target-arrow-color': '#2b5797', 'line-style': 'dashed' } },
        { selector: 'edge[kind = "DUPLICATE"]', style: { 'line-color': '#c0392b', 'line-style': 'dotted' } },
      ],
      layout: boxes.size ? { name: 'preset' } : COSE,
    });
    if (boxes.size) layOutByJurisdiction(cy);
    cy.on('tap', 'node', evt => {
      if (!evt.target.hasClass('jurisdiction')) onDepartment(evt.target.data('label'), evt.target.id());
    });
    window.dutygraph = { ...window.dutygraph, [name]: cy }; // for tests and for the curious
  }

  return {
    /** Draws a collaborationGraph answer (nodes, edges; documents when drawn by jurisdiction). */
    draw(collaborationGraph) {
      graph = collaborationGraph;
      render();
    },
    /** Draws again: after the container was shown, or to empty it (null). */
    redraw(collaborationGraph = graph) {
      graph = collaborationGraph;
      if (!graph && cy) {
        cy.destroy();
        cy = null;
        window.dutygraph = { ...window.dutygraph, [name]: null };
      }
      render();
    },
  };
}

/** The jurisdiction of a department: its id is its jurisdiction and its name (常州市武进区/区财政局, 国家/财政部). */
export const jurisdictionOf = id => id.slice(0, id.lastIndexOf('/'));

/**
 * One box per jurisdiction of `nodes`, ordered as the documents name their regions (the scope's own first, the
 * levels above after it), a jurisdiction no document names as its region (国家) last.
 */
function jurisdictions(nodes, documents) {
  const regions = [...new Set(documents.map(d => d.region).filter(Boolean))];
  const names = [...new Set(nodes.map(n => jurisdictionOf(n.id)))];
  const rank = j => (regions.indexOf(j) + regions.length + 1) % (regions.length + 1);
  names.sort((a, b) => rank(a) - rank(b));
  return new Map(names.map((j, i) => [j, { id: 'jurisdiction:' + j, label: j, fill: JURISDICTION_FILLS[i % JURISDICTION_FILLS.length] }]));
}

/**
 * Each jurisdiction's departments laid out by themselves, then the boxes packed in a grid, the scope's own jurisdiction
 * first: one force layout over all of them would fling one box's unconnected departments across the others.
 */
function layOutByJurisdiction(cy) {
  const boxes = cy.nodes('.jurisdiction');
  boxes.forEach(box => {
    const members = box.children();
    const radius = 25 * Math.sqrt(members.length); // a deterministic start: the members on a circle
    members.positions((n, i) => ({ x: radius * Math.cos(2 * Math.PI * i / members.length), y: radius * Math.sin(2 * Math.PI * i / members.length) }));
    box.union(members).union(members.edgesWith(members))
      .layout({ ...COSE, fit: false, nodeRepulsion: () => 60000, idealEdgeLength: () => 70, componentSpacing: 50 }).run();
  });
  const columns = Math.ceil(Math.sqrt(boxes.length));
  const sizes = boxes.map(box => box.boundingBox());
  const widths = [], heights = [];
  sizes.forEach((b, i) => {
    widths[i % columns] = Math.max(widths[i % columns] ?? 0, b.w);
    heights[Math.floor(i / columns)] = Math.max(heights[Math.floor(i / columns)] ?? 0, b.h);
  });
  const gap = 40;
  const offset = (list, k) => list.slice(0, k).reduce((sum, x) => sum + x + gap, 0);
  boxes.forEach((box, i) => {
    const b = sizes[i];
    const x = offset(widths, i % columns) + (widths[i % columns] - b.w) / 2 - b.x1;
    const y = offset(heights, Math.floor(i / columns)) - b.y1;
    box.children().shift({ x, y });
  });
  cy.fit(undefined, 20);
}
