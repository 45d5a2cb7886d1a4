import { msg, str } from '@lit/localize';
import { ActivityReportQuery, activityReportQueryLimits, type ActivityCounts, type ActivityReport } from '@vn-portal/schema';
import { apiBasePath } from '@vn-portal/schema/compact';
import { formatDate, formatNumber } from '@vn-portal/sdk/vietnamese';
import { html, nothing } from 'lit';
import { AgencyChoice } from '../patterns/agency-choice.js';
import { field, formValues } from '../patterns/fields.js';
import { formatInstant, inPageLanguage, pageLanguage } from '../patterns/language.js';
import { load, renderLoaded } from '../patterns/loading.js';
import { dataTable } from '../patterns/table.js';
import { invalidFields } from '../patterns/problem.js';
import { Writes } from '../patterns/writes.js';
import { ConsoleScreen, focusAfterUpdate } from './screen.js';

type Period = 'six-months' | 'year' | 'custom';
type Group = keyof ActivityCounts;

/** One figure of the report: where it is in `ActivityCounts`, and its name. */
interface Measure {
  group: Group;
  key: string;
  label: () => string;
  /** Shown in the per-agency table too (the rest only in the totals, to keep that table readable). */
  perAgency: boolean;
}

const measure = (group: Group, key: string, label: () => string, perAgency = true): Measure => ({ group, key, label, perAgency });

const measures: readonly Measure[] = [
  measure('documents', 'published', () => msg('Văn bản đã đăng', { id: 'report-documents-published' })),
  measure('documents', 'late', () => msg('Trong đó đăng muộn', { id: 'report-documents-late' })),
  measure('documents', 'withdrawn', () => msg('Văn bản thu hồi', { id: 'report-documents-withdrawn' })),
  measure('questions', 'received', () => msg('Câu hỏi nhận', { id: 'report-questions-received' })),
  measure('questions', 'answered', () => msg('Câu hỏi đã trả lời', { id: 'report-questions-answered' })),
  measure('questions', 'answeredOnTime', () => msg('Trả lời đúng hạn', { id: 'report-questions-on-time' })),
  measure('questions', 'overdue', () => msg('Quá hạn', { id: 'urgency-overdue' })),
  measure('questions', 'rejected', () => msg('Từ chối (ngoài phạm vi)', { id: 'report-questions-rejected' })),
  measure('comments', 'received', () => msg('Góp ý dự thảo nhận', { id: 'report-comments-received' })),
  measure('comments', 'approved', () => msg('Góp ý đã duyệt', { id: 'report-comments-approved' }), false),
  measure('comments', 'rejected', () => msg('Góp ý bị từ chối', { id: 'report-comments-rejected' }), false),
  measure('polls', 'opened', () => msg('Cuộc bình chọn mở', { id: 'report-polls-opened' }), false),
  measure('polls', 'votes', () => msg('Phiếu bình chọn', { id: 'report-polls-votes' })),
  measure('visits', 'views', () => msg('Lượt xem trang', { id: 'report-visits-views' })),
  measure('visits', 'botViews', () => msg('Lượt xem của máy (bot)', { id: 'report-visits-bots' }), false),
];

const valueOf = (counts: ActivityCounts, { group, key }: Measure): number => (counts[group] as Record<string, number>)[key] ?? 0;

/** The report's query as URL parameters, for the CSV and printable links. */
const searchOf = (query: ActivityReportQuery, extra: Record<string, string> = {}) =>
  new URLSearchParams(Object.entries({ ...query, ...extra }).filter((entry): entry is [string, string] => typeof entry[1] === 'string')).toString();

/**
 * The portal's activity the editorial board reports on every six months and every year (Bắc Giang
 * 36/2019 art. 18): for a preset or chosen period, the whole province (or the person's agencies) or
 * one agency, the figures in tables, and the same report as CSV and as a page to print.
 */
export class VnpActivityReportScreen extends ConsoleScreen {
  static override properties = { period: { state: true }, query: { state: true } };
  declare period: Period;
  /** The report shown: a year ending today until the officer asks for another. */
  declare query: ActivityReportQuery;

  readonly #agency = new AgencyChoice(this, () => this, () => msg('Toàn bộ (các cơ quan bạn phụ trách)', { id: 'report-every-agency' }));
  readonly #report = load(this, () => [this.client, this.query] as const, async ([client, query]) => (client === undefined ? undefined : client.getActivityReport(query)));
  readonly #writes = new Writes(this);

  constructor() {
    super();
    this.period = 'year';
    this.query = { preset: 'year' };
  }

  async #ask(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const value = formValues(event.target as HTMLFormElement);
    const agency = this.#agency.selected;
    const to = value('to');
    const from = value('from');
    const query: ActivityReportQuery = {
      ...(this.period === 'custom' ? (from === undefined ? {} : { from }) : { preset: this.period }),
      ...(to === undefined ? {} : { to }),
      ...(agency === undefined || agency === '' ? {} : { agency }),
    };
    if (this.period === 'custom' && from === undefined) {
      await this.#writes.fail(invalidFields({ from: msg('Cần điền mục này.', { id: 'field-required' }) }));
      return;
    }
    if (!(await this.#writes.valid(ActivityReportQuery, query))) return;
    this.#writes.clear();
    this.query = query;
    await this.updateComplete;
    await this.#report.taskComplete.catch(() => undefined);
    await focusAfterUpdate(this, '#report-title');
  }

  override render() {
    return html`<form novalidate @submit=${(event: SubmitEvent) => this.#ask(event)}>
        ${this.#agency.render()}
        <div class="field">
          <label for="report-period">${msg('Kỳ báo cáo', { id: 'report-period' })}</label>
          <select id="report-period" name="period" @change=${(event: Event) => (this.period = (event.target as HTMLSelectElement).value as Period)}>
            <option value="year" ?selected=${this.period === 'year'}>${msg('Một năm', { id: 'report-year' })}</option>
            <option value="six-months" ?selected=${this.period === 'six-months'}>${msg('Sáu tháng', { id: 'report-six-months' })}</option>
            <option value="custom" ?selected=${this.period === 'custom'}>${msg('Tự chọn ngày', { id: 'report-custom' })}</option>
          </select>
        </div>
        ${this.period === 'custom' ? field(this.#writes, { name: 'from', label: msg('Từ ngày', { id: 'report-from' }), limit: activityReportQueryLimits.from, type: 'date' }) : nothing}
        ${field(this.#writes, {
          name: 'to',
          label: msg('Đến ngày', { id: 'report-to' }),
          hint: msg('Để trống: hôm nay.', { id: 'blank-is-today' }),
          limit: activityReportQueryLimits.to,
          type: 'date',
        })}
        <div class="actions"><button type="submit">${msg('Xem báo cáo', { id: 'report-show' })}</button></div>
      </form>
      ${this.#writes.renderProblem()}
      ${renderLoaded(this.#report, { complete: (report) => (report === undefined ? html`` : this.#renderReport(report)) })}`;
  }

  #renderReport(report: ActivityReport) {
    const language = pageLanguage();
    const number = (value: number) => formatNumber(value, language);
    const links = searchOf(this.query);
    const scope = this.query.agency === undefined ? msg('toàn bộ các cơ quan bạn phụ trách', { id: 'report-scope-all' }) : this.#agency.nameOf(this.query.agency);
    const totals = measures.map((entry) => [entry.label(), valueOf(report.total, entry), `${entry.group}.${entry.key}`] as const);
    const unique = report.total.uniqueVisitorDays;
    return html`<section aria-labelledby="report-title">
      <h2 id="report-title" tabindex="-1">
        ${msg(str`Hoạt động từ ${formatDate(report.from, language)} đến ${formatDate(report.to, language)}: ${scope}`, { id: 'report-title' })}
      </h2>
      <p>${msg(str`Lập lúc ${formatInstant(report.generatedAt)}.`, { id: 'report-generated' })}</p>
      <p class="actions">
        <a href="${apiBasePath}/admin/reports/activity.csv?${links}" download>${msg('Tải báo cáo (CSV)', { id: 'report-csv' })}</a>
        <a href="${apiBasePath}/admin/reports/activity.html?${searchOf(this.query, { lang: language })}" target="_blank" rel="noopener"
          >${msg('Mở bản để in (trang mới)', { id: 'report-print' })}</a
        >
      </p>
      ${dataTable(
        msg('Tổng cộng', { id: 'report-totals' }),
        [msg('Chỉ số', { id: 'report-measure' }), msg('Số lượng', { id: 'report-count' })],
        [
          ...totals.map(([label, value, key]) => html`<tr data-measure=${key}><th scope="row">${label}</th><td>${number(value)}</td></tr>`),
          ...(unique === undefined
            ? []
            : [html`<tr data-measure="uniqueVisitorDays"><th scope="row">${msg('Khách truy cập (mỗi người tính một lần mỗi ngày)', { id: 'report-unique' })}</th><td>${number(unique)}</td></tr>`]),
        ],
      )}
      ${report.agencies.length === 0
        ? nothing
        : html`<div class="scroll" role="region" aria-label=${msg('Theo cơ quan', { id: 'report-per-agency' })} tabindex="0">
            ${dataTable(
              msg('Theo cơ quan', { id: 'report-per-agency' }),
              [msg('Cơ quan', { id: 'agency' }), ...measures.filter((entry) => entry.perAgency).map((entry) => entry.label())],
              report.agencies.map(
                (row) => html`<tr data-agency=${row.agency.code}>
                  <td>${inPageLanguage(row.agency.name)}</td>
                  ${measures.filter((entry) => entry.perAgency).map((entry) => html`<td>${number(valueOf(row, entry))}</td>`)}
                </tr>`,
              ),
            )}
          </div>`}
    </section>`;
  }
}
