import { msg, str } from '@lit/localize';
import { auditLogQueryLimits, type AuditEntry, type AuditLog, type AuditLogQuery } from '@vn-portal/schema';
import { html, nothing } from 'lit';
import { choice, field, formValues } from '../patterns/fields.js';
import { formatInstant, pageLanguage } from '../patterns/language.js';
import { load, renderLoaded } from '../patterns/loading.js';
import { dataTable } from '../patterns/table.js';
import { Writes } from '../patterns/writes.js';
import { ConsoleScreen, focusAfterUpdate } from './screen.js';

const pageSize = 50;

/** The filters' own fields, from the contract's query (its paging apart). */
type Filters = Omit<AuditLogQuery, 'page' | 'pageSize'>;

/**
 * The audit log, read only: every change to the portal, newest first, naming who made it (a
 * person's account or an API key), filtered by person, action and days; an account scoped to some
 * agencies reads only their changes (the server decides).
 */
export class VnpAuditLogScreen extends ConsoleScreen {
  static override properties = { filters: { state: true }, page: { state: true } };
  declare filters: Filters;
  declare page: number;

  readonly #log = load(this, () => [this.client, this.filters, this.page] as const, async ([client, filters, page]) =>
    client === undefined ? undefined : client.getAuditLog({ ...filters, page, pageSize }),
  );
  // Only for the fields' markup: the filters are checked by the browser (dates) and chosen from lists.
  readonly #writes = new Writes(this);

  constructor() {
    super();
    this.filters = {};
    this.page = 1;
  }

  #filter(event: SubmitEvent): void {
    event.preventDefault();
    const value = formValues(event.target as HTMLFormElement);
    const filters: Filters = {};
    for (const name of ['actor', 'action', 'from', 'to'] as const) {
      const given = value(name);
      if (given !== undefined) filters[name] = given;
    }
    this.filters = filters;
    this.page = 1;
  }

  async #turn(page: number): Promise<void> {
    this.page = page;
    await this.#log.taskComplete;
    await focusAfterUpdate(this, '[data-count]');
  }

  override render() {
    const log = this.#log.value;
    return html`${this.#renderFilters(log)}
      ${renderLoaded(this.#log, {
        isEmpty: (list) => list === undefined || list.items.length === 0,
        empty: msg('Không có thay đổi nào khớp bộ lọc.', { id: 'audit-empty' }),
        complete: (list) => (list === undefined ? html`` : this.#renderEntries(list)),
      })}`;
  }

  #renderFilters(log: AuditLog | undefined) {
    const actors = log?.actors ?? [];
    const kind = (actorKind: 'user' | 'key') => (actorKind === 'user' ? msg('tài khoản', { id: 'audit-actor-user' }) : msg('khóa API', { id: 'audit-actor-key' }));
    return html`<form class="inline" role="search" aria-label=${msg('Lọc nhật ký', { id: 'audit-filters' })} @submit=${(event: SubmitEvent) => this.#filter(event)}>
      ${choice(
        this.#writes,
        'actor',
        msg('Người thực hiện', { id: 'audit-actor' }),
        [['', msg('Tất cả', { id: 'state-all' })], ...actors.map((actor) => [actor.id, `${actor.name} (${kind(actor.kind)})`] as const)],
        this.filters.actor ?? '',
      )}
      ${choice(this.#writes, 'action', msg('Thao tác', { id: 'actions' }), [['', msg('Tất cả', { id: 'state-all' })], ...(log?.actions ?? []).map((action) => [action, action] as const)], this.filters.action ?? '')}
      ${field(this.#writes, { name: 'from', label: msg('Từ ngày', { id: 'audit-from' }), limit: auditLogQueryLimits.from, value: this.filters.from, type: 'date' })}
      ${field(this.#writes, { name: 'to', label: msg('Đến ngày', { id: 'audit-to' }), limit: auditLogQueryLimits.to, value: this.filters.to, type: 'date' })}
      <div class="actions"><button type="submit">${msg('Lọc', { id: 'audit-apply' })}</button></div>
    </form>`;
  }

  #renderEntries(log: AuditLog) {
    const number = new Intl.NumberFormat(pageLanguage() === 'en' ? 'en' : 'vi-VN');
    const pages = Math.max(1, Math.ceil(log.total / log.pageSize));
    return html`<p role="status" data-count tabindex="-1">${msg(str`${number.format(log.total)} thay đổi, mới nhất trước`, { id: 'audit-count' })}</p>
      ${dataTable(
        msg('Nhật ký thay đổi', { id: 'audit-caption' }),
        [msg('Thời điểm', { id: 'audit-at' }), msg('Người thực hiện', { id: 'audit-actor' }), msg('Thao tác', { id: 'actions' }), msg('Nội dung', { id: 'audit-resource' }), msg('Cơ quan', { id: 'agency' })],
        log.items.map(
          (entry: AuditEntry) => html`<tr>
            <td>${formatInstant(entry.at)}</td>
            <td>${entry.actor.name}</td>
            <td><code>${entry.action}</code></td>
            <td>${entry.resource}${entry.resourceId === undefined ? nothing : html` <code>${entry.resourceId}</code>`}</td>
            <td>${entry.agency ?? ''}</td>
          </tr>`,
        ),
      )}
      ${pages > 1
        ? html`<nav aria-label=${msg('Trang nhật ký', { id: 'audit-pages' })} class="actions">
            ${log.page > 1 ? html`<button type="button" class="secondary" data-previous @click=${() => this.#turn(log.page - 1)}>${msg('Trang trước', { id: 'previous-page' })}</button>` : nothing}
            <span>${msg(str`Trang ${log.page}/${pages}`, { id: 'page-of' })}</span>
            ${log.page < pages ? html`<button type="button" class="secondary" data-next @click=${() => this.#turn(log.page + 1)}>${msg('Trang sau', { id: 'next-page' })}</button>` : nothing}
          </nav>`
        : nothing}`;
  }
}
