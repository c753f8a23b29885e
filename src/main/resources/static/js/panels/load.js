// The load tab: the document's own departments as bars, highest score first, with the mean, the flags and the rule,
// from the load balance the collaboration graph carries (the graph is sized by it; no second analysis).
import { roleWord } from '../genre.js';
import { esc } from '../util.js';

export function show(lb) {
  const own = lb.departments.filter(x => !x.department.external);
  const max = Math.max(1, ...own.map(x => x.score));
  document.getElementById('tab-load').innerHTML =
    `<p>Gini <b>${lb.gini.toFixed(3)}</b> · mean ${lb.mean.toFixed(1)} · median ${lb.median.toFixed(1)} · CV ${lb.coefficientOfVariation.toFixed(2)}</p>
     <p class="hint">${esc(lb.rule)}</p><div class="bars">` + own.map(x => bar(x, lb.mean, max)).join('') + '</div>';
}

function bar(x, mean, max) {
  const roles = `${roleWord('LEAD')} ${x.leads} · ${roleWord('JOINT')} ${x.joints} · ${roleWord('SUPPORT')} ${x.supports}`;
  const flag = x.flag === 'BALANCED' ? '' : `<b class="${x.flag === 'OVERLOADED' ? 'bad' : ''}">${x.flag}</b>`;
  return `<div class="bar" title="${esc(roles)}"><span class="name">${esc(x.department.name)}</span>
    <span style="position:relative;flex:1"><span class="fill ${x.flag}" style="display:block;width:${(100 * x.score / max).toFixed(1)}%"></span>
    <span class="mean" style="left:${(100 * mean / max).toFixed(1)}%"></span></span>
    <span>${x.score} ${flag}</span></div>`;
}
