// The shared-targets tab: targets several departments' clauses set, and whether they agree.
import { query } from '../graphql.js';
import { esc } from '../util.js';

export async function show(documentId) {
  const { sharedTargets } = await query('sharedTargets', { documentId });
  document.getElementById('tab-targets').innerHTML = '<table><tr><th>subject</th><th>departments</th><th>targets</th><th>consistent</th></tr>' +
    sharedTargets.map(s => `<tr><td>${esc(s.subject)} (${esc(s.unit)})</td><td>${esc(s.departments.map(d => d.name).join('、'))}</td>
      <td>${s.targets.map(t => esc(t.raw)).join('<br>')}</td><td class="${s.consistent ? '' : 'bad'}">${s.consistent ? '✓' : esc(s.disagreements.join('; '))}</td></tr>`).join('') +
    '</table>';
}
