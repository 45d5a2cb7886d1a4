import { msg, str } from '@lit/localize';
import { Agency, AgencyKind, agencyLimits } from '@vn-portal/schema';
import { html, nothing } from 'lit';
import { agenciesWithin, mayCall } from '../access.js';
import { Confirmation } from '../patterns/confirmation.js';
import { choice, field, formValues } from '../patterns/fields.js';
import { inPageLanguage } from '../patterns/language.js';
import { load, renderLoaded } from '../patterns/loading.js';
import { dataTable } from '../patterns/table.js';
import { ListForm } from '../patterns/list-form.js';
import { Notice } from '../patterns/notice.js';
import { Writes } from '../patterns/writes.js';
import { ConsoleScreen } from './screen.js';


const kindLabel = (kind: AgencyKind): string =>
  ({
    province: msg('Cấp tỉnh', { id: 'agency-province' }),
    department: msg('Sở, ngành', { id: 'agency-department' }),
    district: msg('Cấp huyện', { id: 'agency-district' }),
    commune: msg('Cấp xã', { id: 'agency-commune' }),
    other: msg('Khác', { id: 'agency-other' }),
  })[kind];

/** The agency tree the portal shows: names, contacts and protocol order, edited by the portal's administrators. */
export class VnpAgenciesScreen extends ConsoleScreen {
  readonly #agencies = load(this, () => [this.client, this.user] as const, async ([client, user]) =>
    client === undefined || user === undefined ? [] : agenciesWithin(user, (await client.listAgencies()).items),
  );
  readonly #writes = new Writes(this);
  readonly #form = new ListForm<Agency>(this, { opened: () => this.#writes.clear(), reload: () => this.#agencies.run() });
  readonly #notice = new Notice(this);
  readonly #confirm = new Confirmation(this);

  async #save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const client = this.client;
    const editing = this.#form.item;
    if (client === undefined || editing === undefined) return;
    const value = formValues(event.target as HTMLFormElement);
    const before = editing === 'new' ? undefined : editing;
    const en = value('name.en');
    const parent = value('parent');
    const body: Agency = {
      ...before,
      code: before?.code ?? value('code') ?? '',
      name: { vi: value('name.vi') ?? '', ...(en === undefined ? {} : { en }) },
      kind: (value('kind') ?? 'other') as AgencyKind,
      order: Number(value('order') ?? 0),
      phone: value('phone'),
      email: value('email'),
      url: value('url'),
      ...(parent === undefined ? { parent: undefined } : { parent }),
    };
    const saved = await this.#writes.run(() => (before === undefined ? client.createAgency({ body }) : client.updateAgency({ code: body.code, body })), { schema: Agency, value: body });
    if (saved === undefined) return;
    this.#notice.tell(
      msg(str`Đã lưu ${inPageLanguage(saved.name)}.`, { id: 'agency-saved' }),
      before === undefined ? undefined : () => client.updateAgency({ code: before.code, body: before }).then(() => this.#agencies.run()),
    );
    await this.#form.close(saved.code);
  }

  /** Deletes an agency after confirming; the server refuses while other agencies or content still name it. */
  async #remove(agency: Agency): Promise<void> {
    const client = this.client;
    if (client === undefined) return;
    const name = inPageLanguage(agency.name);
    if (!(await this.#confirm.ask(msg(str`Xóa ${name} khỏi Cổng? Không thể hoàn tác.`, { id: 'agency-remove-question' }), msg('Xóa', { id: 'remove' })))) return;
    const removed = await this.#writes.run(
      () => client.deleteAgency({ code: agency.code }).then(() => true),
      undefined,
      msg(str`Không xóa được ${name}: còn cơ quan trực thuộc, hoặc lãnh đạo, văn bản, câu hỏi, bình chọn gắn với cơ quan này. Hãy chuyển hoặc xóa chúng trước.`, { id: 'agency-remove-refused' }),
    );
    if (removed !== true) return;
    this.#notice.tell(msg(str`Đã xóa ${name}.`, { id: 'agency-removed' }));
    await this.#form.close();
  }

  override render() {
    const mayEdit = this.user !== undefined && mayCall(this.user, 'updateAgency');
    const mayRemove = this.user !== undefined && mayCall(this.user, 'deleteAgency');
    return html`${mayEdit && this.#form.item === undefined ? html`<button type="button" data-add @click=${() => this.#form.open('new')}>${msg('Thêm cơ quan', { id: 'agency-add' })}</button>` : nothing}
    ${this.#notice.render()} ${this.#writes.renderProblem()}
    ${this.#form.item === undefined
      ? renderLoaded(this.#agencies, {
          isEmpty: (agencies) => agencies.length === 0,
          empty: msg('Chưa có cơ quan nào.', { id: 'agencies-empty' }),
          complete: (agencies) => dataTable(
            msg('Cơ quan trên Cổng, theo thứ tự nghi thức', { id: 'agencies-caption' }),
            [msg('Tên', { id: 'name' }), msg('Cấp', { id: 'agency-kind' }), msg('Điện thoại', { id: 'phone' }), msg('Thư điện tử', { id: 'email' }), mayEdit ? msg('Thao tác', { id: 'actions' }) : nothing],
            agencies.map(
                (agency) => html`<tr>
                  <th scope="row">${inPageLanguage(agency.name)}</th>
                  <td>${kindLabel(agency.kind)}</td>
                  <td>${agency.phone ?? ''}</td>
                  <td>${agency.email ?? ''}</td>
                  ${mayEdit
                    ? html`<td>
                        <button type="button" class="secondary" data-edit=${agency.code} aria-label=${msg(str`Sửa ${inPageLanguage(agency.name)}`, { id: 'edit-named' })} @click=${() => this.#form.open(agency)}>
                          ${msg('Sửa', { id: 'edit' })}
                        </button>
                        ${mayRemove
                          ? html`<button type="button" class="secondary" data-remove=${agency.code} aria-label=${msg(str`Xóa ${inPageLanguage(agency.name)}`, { id: 'remove-named' })} @click=${() => this.#remove(agency)}>
                              ${msg('Xóa', { id: 'remove' })}
                            </button>`
                          : nothing}
                      </td>`
                    : nothing}
                </tr>`,
            ),
          ),
        })
      : this.#renderForm(this.#form.item)}
    ${this.#confirm.render()}`;
  }

  #renderForm(editing: Agency | 'new') {
    const agency = editing === 'new' ? undefined : editing;
    const parents = (this.#agencies.value ?? []).filter((candidate) => candidate.code !== agency?.code);
    return html`<form novalidate @submit=${(event: SubmitEvent) => this.#save(event)}>
      <h2 tabindex="-1">${agency === undefined ? msg('Thêm cơ quan', { id: 'agency-add' }) : msg(str`Sửa thông tin: ${inPageLanguage(agency.name)}`, { id: 'edit-title' })}</h2>
      ${agency === undefined ? field(this.#writes, { name: 'code', label: msg('Mã (chữ thường, không dấu, ví dụ stttt)', { id: 'agency-code' }), limit: agencyLimits.code }) : nothing}
      ${field(this.#writes, { name: 'name.vi', label: msg('Tên (tiếng Việt)', { id: 'name-vi' }), limit: agencyLimits.name.vi, value: agency?.name.vi })}
      ${field(this.#writes, { name: 'name.en', label: msg('Tên (tiếng Anh)', { id: 'name-en' }), limit: agencyLimits.name.en, value: agency?.name.en })}
      ${choice(this.#writes, 'kind', msg('Cấp', { id: 'agency-kind' }), AgencyKind.options.map((kind) => [kind, kindLabel(kind)] as const), agency?.kind)}
      ${choice(this.#writes, 'parent', msg('Cơ quan cấp trên', { id: 'agency-parent' }), [['', msg('Không có', { id: 'none' })], ...parents.map((parent) => [parent.code, inPageLanguage(parent.name)] as const)], agency?.parent ?? '')}
      ${field(this.#writes, { name: 'phone', label: msg('Điện thoại', { id: 'phone' }), limit: agencyLimits.phone, value: agency?.phone, type: 'tel' })}
      ${field(this.#writes, { name: 'email', label: msg('Thư điện tử', { id: 'email' }), limit: agencyLimits.email, value: agency?.email, type: 'email' })}
      ${field(this.#writes, { name: 'url', label: msg('Trang thông tin điện tử', { id: 'agency-url' }), limit: agencyLimits.url, value: agency?.url, type: 'url' })}
      ${field(this.#writes, { name: 'order', label: msg('Thứ tự hiển thị', { id: 'order' }), limit: agencyLimits.order, value: agency?.order ?? 0, type: 'number' })}
      <div class="actions">
        <button type="submit" ?disabled=${this.#writes.busy}>${msg('Lưu', { id: 'save' })}</button>
        <button type="button" class="secondary" @click=${() => this.#form.close(agency?.code)}>${msg('Hủy', { id: 'cancel' })}</button>
      </div>
    </form>`;
  }
}
