// The portfolio's load-over-years tab: a department's score year by year as an inline SVG bar chart (no chart
// library), then the figures of each year and what changed from the year before, as the API says it.
import { query } from '../graphql.js';
import { roleWord } from '../genre.js';
import { esc } from '../util.js';

const pane = () => document.getElementById('tab-portfolio-years');
const score = x => x.toFixed(1); // scores are sums of halves with the default weights loadOverYears uses

/** Shows the years of the department `name` (clicked as the node `id`) over `scope`. */
export async function show(name, id, scope) {
  pane().innerHTML = '<p class="hint">…</p>';
  let years;
  try {
    ({ loadOverYears: years } = await query('loadOverYears', { department: name, scope }));
  } catch (e) {
    pane().innerHTML = `<p class="error">${esc(e.message)}</p>`;
    return;
  }
  if (!years.length) {
    pane().innerHTML = `<h2>${esc(name)}</h2><p class="hint">No document of a known year involves it.</p>`;
    return;
  }
  const department = years[0].department;
  pane().innerHTML = `<h2 data-department="${esc(department.id)}">${esc(department.name)} <span class="hint">${esc(department.id)}</span></h2>
    <p class="hint">Every year of ${esc(scope.jurisdiction)}${scope.withLevelsAbove ? ' and the levels above' : ''}, not only the documents in force.</p>
    ${chart(years)}
    <table class="years"><thead><tr><th>年 Year</th><th>${esc(roleWord('LEAD'))}</th><th>${esc(roleWord('JOINT'))}</th><th>${esc(roleWord('SUPPORT'))}</th><th>Score</th><th>Change</th><th>文件 Documents</th></tr></thead><tbody>` +
    years.map(y => `<tr data-year="${y.year}"><td>${y.year}</td><td>${y.leads}</td><td>${y.joints}</td><td>${y.supports}</td>
      <td>${score(y.score)}</td><td>${y.scoreChange == null ? '' : (y.scoreChange > 0 ? '+' : '') + score(y.scoreChange)}
      ${y.changes.map(c => `<div class="change">${esc(c)}</div>`).join('')}</td>
      <td>${y.documents.map(d => `<div title="${esc(d.id)}">${esc(d.title ?? d.id)}</div>`).join('')}</td></tr>`).join('') +
    '</tbody></table>';
  if (department.id !== id) {
    pane().insertAdjacentHTML('afterbegin', `<p class="error">${esc(name)} names ${esc(department.id)} here, not ${esc(id)}.</p>`);
  }
}

/** One bar per year, its height the score, the score above it and the year below; the roles in its tooltip. */
function chart(years) {
  const width = 360, height = 170, top = 20, bottom = 24, gap = 14;
  const max = Math.max(...years.map(y => y.score), 1);
  const slot = (width - 20) / years.length;
  const barWidth = Math.min(60, slot - gap);
  const bars = years.map((y, i) => {
    const h = (height - top - bottom) * y.score / max;
    const x = 10 + i * slot + (slot - barWidth) / 2;
    const base = height - bottom;
    const roles = `${roleWord('LEAD')} ${y.leads} · ${roleWord('JOINT')} ${y.joints} · ${roleWord('SUPPORT')} ${y.supports}`;
    return `<g class="year" data-year="${y.year}"><title>${esc(roles)}</title>
      <rect class="bar" x="${x.toFixed(1)}" y="${(base - h).toFixed(1)}" width="${barWidth.toFixed(1)}" height="${h.toFixed(1)}"></rect>
      <text class="score" x="${(x + barWidth / 2).toFixed(1)}" y="${(base - h - 5).toFixed(1)}" text-anchor="middle">${score(y.score)}</text>
      <text class="label" x="${(x + barWidth / 2).toFixed(1)}" y="${base + 16}" text-anchor="middle">${y.year}</text></g>`;
  }).join('');
  return `<svg class="chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="score by year">
    <line class="axis" x1="4" x2="${width - 4}" y1="${height - bottom}" y2="${height - bottom}"></line>${bars}</svg>`;
}
