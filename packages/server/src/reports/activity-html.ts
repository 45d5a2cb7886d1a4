import type { ActivityCounts, ActivityReport } from '@vn-portal/schema';
import type { Language } from '@vn-portal/schema';
import { formatDate, formatNumber } from '@vn-portal/sdk/vietnamese';
import { escapeHtml } from '@vn-portal/sdk';
import { htmlPage } from '../http/html-page.js';
import { counterLabels, counters, groupLabels, valueOf } from './report-labels.js';

type Group = keyof ActivityCounts;

const words = {
  title: { vi: 'Báo cáo hoạt động', en: 'Activity report' },
  period: { vi: 'Kỳ báo cáo', en: 'Period' },
  generated: { vi: 'Lập lúc', en: 'Generated' },
  agency: { vi: 'Cơ quan', en: 'Agency' },
  province: { vi: 'Toàn tỉnh', en: 'Whole province' },
  total: { vi: 'Tổng các cơ quan', en: 'Total of the agencies' },
  uniqueVisitorDays: { vi: 'Khách truy cập toàn cổng (mỗi người tính một lần mỗi ngày, cộng các ngày)', en: 'Visitors of the whole portal (each counted once a day, summed over the days)' },
  chart: { vi: 'Biểu đồ', en: 'Chart' },
} as const;

// Print-friendly series: distinct in hue and in lightness, so they stay apart on a grey printer.
const seriesColours = ['#1f4e79', '#c55a11', '#7f7f7f', '#548235', '#bf9000'];

const style = `
:root { font-family: system-ui, sans-serif; line-height: 1.45; color: #111; background: #fff; }
body { margin: 0 auto; max-width: 60rem; padding: 1rem 1.5rem 3rem; }
h1 { font-size: 1.5rem; margin: 0 0 0.25rem; }
h2 { font-size: 1.15rem; margin: 1.5rem 0 0.5rem; break-after: avoid; }
table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; }
th, td { border: 1px solid #999; padding: 0.2rem 0.45rem; text-align: start; }
td.n, th.n { text-align: end; }
tfoot th, tfoot td { font-weight: 700; }
figure { margin: 0.75rem 0; break-inside: avoid; }
figcaption { font-weight: 600; }
.legend span { display: inline-block; margin-inline-end: 1rem; }
.legend i { display: inline-block; width: 0.8em; height: 0.8em; margin-inline-end: 0.3em; vertical-align: -0.05em; }
section { break-inside: avoid-page; }
@page { size: A4; margin: 15mm; }
@media print { body { max-width: none; padding: 0; } a { color: inherit; text-decoration: none; } }
@media (forced-colors: active) { th, td { border-color: CanvasText; } }
`;

const label = (text: { vi: string; en?: string }, language: Language) => (language === 'en' ? (text.en ?? text.vi) : text.vi);

/** A horizontal bar chart of one group's counters, one band per agency; the table beside it holds the same figures. */
function barChart(report: ActivityReport, group: Group, language: Language): string {
  const series = counters.filter(([of]) => of === group);
  const rows = report.agencies;
  const max = Math.max(1, ...rows.flatMap((row) => series.map(([, name]) => valueOf(row, group, name))));
  const labelWidth = 220;
  const barWidth = 380;
  const bar = 10;
  const band = series.length * bar + 8;
  const height = rows.length * band + 4;
  const bars = rows
    .map((row, index) => {
      const top = index * band + 2;
      const name = escapeHtml(label(row.agency.name, language));
      const shapes = series
        .map(([, counter], position) => {
          const value = valueOf(row, group, counter);
          const width = Math.round((value / max) * barWidth);
          const y = top + position * bar;
          return `<rect x="${labelWidth}" y="${y}" width="${width}" height="${bar - 2}" fill="${seriesColours[position] ?? '#000'}"/><text x="${labelWidth + width + 4}" y="${y + bar - 3}" font-size="9">${formatNumber(value, language)}</text>`;
        })
        .join('');
      return `<text x="${labelWidth - 6}" y="${top + band / 2}" font-size="10" text-anchor="end">${name.length > 40 ? `${name.slice(0, 39)}…` : name}</text>${shapes}`;
    })
    .join('');
  const legend = series
    .map(([, counter], position) => `<span><i style="background:${seriesColours[position] ?? '#000'}"></i>${escapeHtml(label(counterLabels[`${group}.${counter}`] ?? { vi: counter }, language))}</span>`)
    .join('');
  const title = `${label(words.chart, language)}: ${label(groupLabels[group], language)}`;
  return `<figure><figcaption>${escapeHtml(title)}</figcaption><div class="legend" aria-hidden="true">${legend}</div><svg role="img" aria-label="${escapeHtml(title)}" viewBox="0 0 ${labelWidth + barWidth + 60} ${height}" width="100%" xmlns="http://www.w3.org/2000/svg"><title>${escapeHtml(title)}</title>${bars}</svg></figure>`;
}

function groupTable(report: ActivityReport, group: Group, language: Language): string {
  const series = counters.filter(([of]) => of === group);
  const head = series.map(([, counter]) => `<th scope="col" class="n">${escapeHtml(label(counterLabels[`${group}.${counter}`] ?? { vi: counter }, language))}</th>`).join('');
  const cells = (counts: ActivityCounts) => series.map(([, counter]) => `<td class="n">${formatNumber(valueOf(counts, group, counter), language)}</td>`).join('');
  const body = report.agencies.map((row) => `<tr><th scope="row">${escapeHtml(label(row.agency.name, language))}</th>${cells(row)}</tr>`).join('');
  const totalName = label(report.scope === 'province' ? words.province : words.total, language);
  return `<table><thead><tr><th scope="col">${escapeHtml(label(words.agency, language))}</th>${head}</tr></thead><tbody>${body}</tbody><tfoot><tr><th scope="row">${escapeHtml(totalName)}</th>${cells(report.total)}</tr></tfoot></table>`;
}

/** The report as a page to print or save as PDF: a table and a chart per group of counters, no script. */
export function activityHtml(report: ActivityReport, portalName: string, language: Language): string {
  const groups = Object.keys(groupLabels) as Group[];
  const sections = groups
    .map((group) => `<section><h2>${escapeHtml(label(groupLabels[group], language))}</h2>${groupTable(report, group, language)}${barChart(report, group, language)}</section>`)
    .join('\n');
  const unique = report.total.uniqueVisitorDays === undefined ? '' : `<p>${escapeHtml(label(words.uniqueVisitorDays, language))}: <strong>${formatNumber(report.total.uniqueVisitorDays, language)}</strong></p>`;
  const title = `${label(words.title, language)} — ${portalName}`;
  return htmlPage(
    language,
    title,
    style,
    `<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(label(words.period, language))}: ${formatDate(report.from, language)} – ${formatDate(report.to, language)}. ${escapeHtml(label(words.generated, language))}: ${formatDate(report.generatedAt, language)}.</p>
${unique}
${sections}`,
  );
}
