// Escaping and highlighting of text from the API.
import { roleWordPattern } from './genre.js';

const entities = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text as HTML: every character that means something in HTML escaped. */
export const esc = s => String(s ?? '').replace(/[&<>"']/g, c => entities[c]);

/** Task text, HTML-escaped, with the role words and the given values ({ value, cls }) marked. */
export function highlight(text, marks = []) {
  const roleWords = roleWordPattern();
  let html = roleWords ? esc(text).replace(roleWords, '<mark class="role">$1</mark>') : esc(text);
  for (const { value, cls } of marks) {
    if (!value) continue;
    html = html.split(esc(value)).join(`<mark class="${cls}">${esc(value)}</mark>`);
  }
  return html;
}
