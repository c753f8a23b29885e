// The import tab: a file (chosen or dropped; the server reads it, through /api/documents) or a pasted text is
// previewed first (what would be imported, the parser's warnings), then imported with the admin token.
import { query } from '../graphql.js';
import { esc } from '../util.js';

const $ = id => document.getElementById(id);

/** Wires the form; `onImported()` runs after an import (the document list changes). */
export function initImport(onImported) {
  $('preview').onclick = preview;
  $('import-form').onsubmit = event => commit(event, onImported);
  // a new file or text needs a new preview before it can be imported
  $('import-file').onchange = () => { $('commit').disabled = true; };
  $('import-text').oninput = () => { $('commit').disabled = true; };
  const drop = $('import-form');
  drop.ondragover = e => { e.preventDefault(); drop.classList.add('dropping'); };
  drop.ondragleave = () => drop.classList.remove('dropping');
  drop.ondrop = e => {
    e.preventDefault();
    drop.classList.remove('dropping');
    if (e.dataTransfer.files.length) {
      $('import-file').files = e.dataTransfer.files;
      $('commit').disabled = true;
    }
  };
}

/** The chosen or dropped file, if any: it is sent to /api/documents instead of the text. */
function chosenFile() {
  const input = $('import-file');
  return input.files && input.files.length ? input.files[0] : null;
}

/** The id typed in the form, or null. */
const chosenId = () => $('import-id').value || null;

/** POSTs the file (multipart) to a /api/documents endpoint; the answer's error, if any, becomes an Error. */
async function upload(path, file, token) {
  const form = new FormData();
  form.append('file', file);
  if (chosenId()) form.append('id', chosenId());
  const response = await fetch(path, { method: 'POST', body: form, headers: token ? { Authorization: 'Bearer ' + token } : {} });
  const body = await response.json();
  if (!response.ok) throw new Error(body.error ?? (body.errors && body.errors[0].message) ?? response.statusText);
  return body;
}

async function preview() {
  const out = $('import-result');
  try {
    const file = chosenFile();
    const p = file ? await upload('/api/documents/preview', file)
      : (await query('previewDocument', { text: $('import-text').value, id: chosenId() })).previewDocument;
    out.innerHTML = `<p>${esc(p.id)} · ${esc(p.title ?? '')}: ${esc(p.layout)}, ${p.sectionCount} sections, ${p.taskCount} tasks (${p.tasksWithRoles} with departments), ${p.departmentCount} departments, ${Math.round(100 * p.coverage)}% of the text read</p>` +
      (p.warnings.length ? `<ul>${p.warnings.map(w => `<li>${esc(w)}</li>`).join('')}</ul>` : '<p>No warnings.</p>');
    $('commit').disabled = false;
  } catch (e) {
    out.innerHTML = `<p class="error">${esc(e.message)}</p>`;
    $('commit').disabled = true;
  }
}

async function commit(event, onImported) {
  event.preventDefault();
  const out = $('import-result');
  try {
    const file = chosenFile();
    const token = $('token').value;
    const r = file ? await upload('/api/documents', file, token)
      : (await query('importDocument', { text: $('import-text').value, id: chosenId() }, token)).importDocument;
    out.innerHTML = `<p>${r.changed ? 'Imported' : 'Unchanged'}: ${esc(r.documentId ?? r.document.id)} (${r.taskCount} tasks)</p>`;
    await onImported();
  } catch (e) {
    out.innerHTML = `<p class="error">${esc(e.message)}</p>`;
  }
}
