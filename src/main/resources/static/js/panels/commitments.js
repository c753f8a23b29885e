// The one-sided tab: clauses that name another department as LEAD or JOINT where it does not answer, and why.
import { query } from '../graphql.js';
import { esc, highlight } from '../util.js';

export async function show(documentId) {
  const { oneSidedCommitments } = await query('oneSidedCommitments', { documentId });
  document.getElementById('tab-commitments').innerHTML = '<table><tr><th>kind</th><th>clause</th><th>named</th><th>reason</th></tr>' +
    oneSidedCommitments.map(c => `<tr><td>${c.kind}</td><td>${esc(c.task.name)}</td><td>${esc(c.named.name)} (${c.role})</td>
      <td>${esc(c.reason)}<br><span class="hint">${highlight(c.evidence)}</span></td></tr>`).join('') +
    '</table>';
}
