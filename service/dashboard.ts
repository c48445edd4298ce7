/**
 * The dashboard at /admin/: one server-rendered page, no script (so its CSP forbids all), the chart in plain SVG.
 * hono/html escapes every value put into the page; reports are written by the public, so that matters.
 */
import { html } from 'hono/html';
import type { CaseStats, CaseSummary, Tally } from './store.js';

type Html = ReturnType<typeof html>;

const TYPE_NAMES: Record<string, string> = {
  'postal mail': 'Letters',
  email: 'E-mails',
  fax: 'Faxes',
  phone: 'Calls',
  social: 'Social posts',
};
const number = new Intl.NumberFormat('en');
const DAY_MS = 86_400_000;
const plural = (n: number, word: string) => (n === 1 ? word : `${word}s`);

/** Every day from the first to the last with reports, the days without any as 0. */
export function fillDays(perDay: readonly Tally[]): Tally[] {
  if (!perDay.length) return [];
  const totals = new Map(perDay.map((day) => [day.name, day.total]));
  const days: Tally[] = [];
  for (let t = Date.parse(perDay[0]!.name); t <= Date.parse(perDay.at(-1)!.name); t += DAY_MS) {
    const name = new Date(t).toISOString().slice(0, 10);
    days.push({ name, total: totals.get(name) ?? 0 });
  }
  return days;
}

function chart(perDay: readonly Tally[]): Html {
  const days = fillDays(perDay);
  if (!days.length) return html`<p>No actions reported yet.</p>`;
  const width = 720;
  const height = 180;
  const top = Math.max(...days.map((d) => d.total));
  const step = width / days.length;
  const bars = days.map((day, i) => {
    const h = top ? Math.max(day.total ? 1 : 0, (day.total / top) * height) : 0;
    return html`<rect x="${(i * step + step * 0.1).toFixed(1)}" y="${(height - h).toFixed(1)}" width="${(step * 0.8).toFixed(1)}" height="${h.toFixed(1)}"><title>${day.name}: ${number.format(day.total)}</title></rect>`;
  });
  return html`<figure>
    <svg class="chart" viewBox="0 0 ${width} ${height + 24}" role="img" aria-labelledby="chart-title">
      <title id="chart-title">Actions per day, ${days[0]!.name} to ${days.at(-1)!.name} (UTC); most in one day: ${number.format(top)}</title>
      <line x1="0" y1="${height}" x2="${width}" y2="${height}" class="axis" />
      <g class="bars">${bars}</g>
      <text x="0" y="${height + 18}">${days[0]!.name}</text>
      <text x="${width}" y="${height + 18}" text-anchor="end">${days.at(-1)!.name}</text>
      <text x="0" y="12">${number.format(top)}</text>
    </svg>
    <figcaption>Actions per day (UTC). Hover a bar for its day.</figcaption>
  </figure>`;
}

function tallyTable(caption: string, heading: string, rows: readonly Tally[], name: (row: Tally) => string): Html {
  return html`<table>
    <caption>${caption}</caption>
    <thead><tr><th scope="col">${heading}</th><th scope="col" class="n">Actions</th></tr></thead>
    <tbody>
      ${rows.length ? rows.map((row) => html`<tr><th scope="row">${name(row)}</th><td class="n">${number.format(row.total)}</td></tr>`) : html`<tr><td colspan="2">None yet</td></tr>`}
    </tbody>
  </table>`;
}

function caseDetails(stats: CaseStats): Html {
  const query = `case=${encodeURIComponent(stats.case)}`;
  return html`<section aria-labelledby="case-title">
    <h2 id="case-title">${stats.case}</h2>
    <p class="total"><strong>${number.format(stats.total)}</strong> ${plural(stats.total, 'action')} in ${number.format(stats.reports)} ${plural(stats.reports, 'report')}</p>
    <p>Export: <a href="/api/reports/export?${query}&amp;format=csv">CSV</a> · <a href="/api/reports/export?${query}&amp;format=json">JSON</a>
      (reporters' details only with <code>&amp;personal=1</code>)</p>
    ${chart(stats.perDay)}
    <div class="tables">
      ${tallyTable('By action type', 'Type', stats.byType, (row) => TYPE_NAMES[row.name] ?? row.name)}
      ${tallyTable('By target', 'Target', stats.byTarget, (row) => row.name || 'Not named (added by hand)')}
      ${tallyTable('By partner site', 'Origin', stats.byOrigin, (row) => row.name)}
    </div>
  </section>`;
}

export function renderDashboard(cases: readonly CaseSummary[], stats: CaseStats | undefined): Html {
  return html`<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${stats ? `${stats.case}: ` : ''}Reports · urgent-action</title>
    <style>
      body { font: 16px/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 60rem; padding: 1rem; color: #1b1b1f; }
      h1 { font-size: 1.4rem; } h2 { font-size: 1.2rem; margin-top: 2rem; }
      nav ul { display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; list-style: none; padding: 0; }
      a { color: #0b57a4; } a[aria-current] { font-weight: bold; color: inherit; }
      .total strong { font-size: 2rem; }
      .tables { display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: 1.5rem; }
      table { border-collapse: collapse; width: 100%; } caption { text-align: start; font-weight: bold; padding-bottom: 0.3rem; }
      th, td { text-align: start; padding: 0.25rem 0.5rem; border-bottom: 1px solid #ddd; overflow-wrap: anywhere; } .n { text-align: end; }
      figure { margin: 1rem 0; } .chart { width: 100%; height: auto; } .bars rect { fill: #0b57a4; } .axis { stroke: #888; }
      .chart text { font-size: 12px; fill: #555; } figcaption { color: #555; font-size: 0.9rem; }
      @media (prefers-color-scheme: dark) {
        body { background: #161618; color: #eee; } a { color: #8cc4ff; } .bars rect { fill: #8cc4ff; } th, td { border-color: #333; }
        .chart text, figcaption { fill: #bbb; color: #bbb; }
      }
    </style>
  </head>
  <body>
    <header><h1>Reported actions</h1></header>
    <main>
      ${
        cases.length
          ? html`<nav aria-label="Cases"><ul>
            ${cases.map(
              (c) =>
                html`<li><a href="/admin/?case=${encodeURIComponent(c.case)}"${c.case === stats?.case ? html` aria-current="page"` : ''}>${c.case}</a> (${number.format(c.total)})</li>`,
            )}
          </ul></nav>`
          : html`<p>No reports yet. They appear here as soon as readers send them.</p>`
      }
      ${stats ? caseDetails(stats) : ''}
    </main>
  </body>
</html>`;
}
