// The portfolio view: every document of one jurisdiction in force on one day (optionally with the levels above it),
// their department graph in one box per jurisdiction, a department's load year by year and a task's lineage up and
// down the levels. The scope is the API's Scope; the view is shown with one portfolioView request, then one request
// per click.
import { query } from './graphql.js';
import { createGraph } from './graph.js';
import { activate } from './tabs.js';
import * as scopeDocuments from './panels/scope-documents.js';
import * as years from './panels/years.js';
import * as lineage from './panels/lineage.js';

const view = () => document.getElementById('portfolio-view');
const jurisdiction = () => document.getElementById('jurisdiction');
const inForceOn = () => document.getElementById('in-force-on');
const levelsAbove = () => document.getElementById('levels-above');

let graph = null;
let shown = null; // the scope drawn, as JSON

/** Sets up the form (jurisdiction, date and levels above from the address, if given) and the graph. */
export function init() {
  const params = new URLSearchParams(location.search);
  inForceOn().value = params.get('date') ?? today();
  if (params.has('above')) levelsAbove().checked = params.get('above') !== '0';
  jurisdiction().dataset.wanted = params.get('jurisdiction') ?? '';
  graph = createGraph({
    container: document.getElementById('portfolio-graph'),
    toolbar: view().querySelector('.toolbar'),
    byJurisdiction: true,
    name: 'portfolio',
    onDepartment: department,
  });
  document.getElementById('portfolio-scope').onchange = () => open();
  document.getElementById('portfolio-scope').onsubmit = e => e.preventDefault();
}

/** Offers the regions of `documents` (the documents query's answer), keeping the choice; `preferred` when none yet. */
export function regions(documents, preferred) {
  const select = jurisdiction();
  const wanted = select.value || select.dataset.wanted || preferred;
  const names = [...new Set(documents.map(d => d.region).filter(Boolean))].sort((a, b) => a.localeCompare(b, 'zh'));
  select.replaceChildren(...names.map(n => new Option(n, n)));
  if (names.includes(wanted)) select.value = wanted;
}

/** The scope the form describes. */
function scope() {
  return { jurisdiction: jurisdiction().value, withLevelsAbove: levelsAbove().checked, inForceOn: inForceOn().value };
}

/** Shows the portfolio of the form's scope, unless it is already shown; redraws the graph after the view was hidden. */
export async function open() {
  const wanted = scope();
  if (JSON.stringify(wanted) === shown) {
    graph.redraw();
    return;
  }
  shown = JSON.stringify(wanted);
  remember(wanted);
  view().dataset.ready = 'false';
  let collaborationGraph = null;
  try {
    if (!wanted.jurisdiction || !wanted.inForceOn) throw new Error('choose a jurisdiction and a day');
    ({ collaborationGraph } = await query('portfolioView', { scope: wanted }));
  } catch (e) {
    if (shown !== JSON.stringify(wanted)) return;
    graph.redraw(null);
    scopeDocuments.showError(e);
    view().dataset.ready = 'true';
    return;
  }
  if (shown !== JSON.stringify(wanted)) return; // the form changed while this was on its way
  graph.draw(collaborationGraph);
  scopeDocuments.show(collaborationGraph, wanted, task);
  activate('portfolio-documents');
  view().dataset.ready = 'true';
}

/** A department clicked: its load over every year of the jurisdiction's documents, not only those in force. */
function department(name, id) {
  activate('portfolio-years');
  const { jurisdiction, withLevelsAbove } = scope();
  years.show(name, id, { jurisdiction, withLevelsAbove });
}

/** A task clicked in the documents' list: its chain of levels. */
function task(id) {
  activate('portfolio-lineage');
  lineage.show(id);
}

/** Puts the scope in the address, so the view can be linked and reloaded. */
function remember({ jurisdiction, withLevelsAbove, inForceOn }) {
  const params = new URLSearchParams(location.search);
  params.set('view', 'portfolio');
  params.set('jurisdiction', jurisdiction);
  params.set('date', inForceOn);
  params.set('above', withLevelsAbove ? '1' : '0');
  history.replaceState(null, '', '?' + params);
}

/** Today on the machine's calendar (not UTC's), as an input of type date wants it. */
function today() {
  const d = new Date();
  return [d.getFullYear(), d.getMonth() + 1, d.getDate()].map(n => String(n).padStart(2, '0')).join('-');
}
