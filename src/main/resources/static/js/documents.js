// The header: the document switcher, the document's title with its counts, and its report downloads.
import { query } from './graphql.js';
import { esc } from './util.js';

/** The reports the service writes, each as .csv and .md, for a document or a scope. */
export const REPORTS = ['load', 'duplicates', 'department-pairs', 'shared-targets', 'commitments'];

/** Fills the switcher (choosing the document ?document= names, if any), shows its choice with `show(id)`; returns the documents. */
export async function loadDocuments(show) {
  const { documents } = await query('documents');
  const select = document.getElementById('document');
  select.innerHTML = documents.map(d => `<option value="${esc(d.id)}">${esc(d.id)} · ${esc(d.region ?? '')} ${esc(d.year ?? '')}</option>`).join('');
  const fromUrl = new URLSearchParams(location.search).get('document');
  if (fromUrl && documents.some(d => d.id === fromUrl)) select.value = fromUrl;
  select.onchange = () => show(select.value);
  if (documents.length) await show(select.value);
  return documents;
}

/** The header of `doc` (the document of the documentView query): counts in the nouns the API gives for its layout. */
export function showHeader(doc) {
  const title = document.getElementById('document-title');
  title.textContent = `${doc.title ?? ''} · ${doc.sectionCount} ${doc.nouns.section} · ${doc.taskCount} ${doc.nouns.task}`;
  title.dataset.layout = doc.layout;
  const id = encodeURIComponent(doc.id);
  document.getElementById('downloads').innerHTML = REPORTS
    .map(r => `<a href="reports/${r}.csv?documentId=${id}" download>${r}.csv</a><a href="reports/${r}.md?documentId=${id}" download>.md</a>`).join('');
}

/** Shows an error where the title goes. */
export function showError(error) {
  document.getElementById('document-title').textContent = error.message;
}
