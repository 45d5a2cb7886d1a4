import { msg, str } from '@lit/localize';
import { leaderInputLimits, LeaderInput, type Leader } from '@vn-portal/schema';
import { html, nothing } from 'lit';
import { mayCall } from '../access.js';
import { AgencyChoice } from '../patterns/agency-choice.js';
import { Confirmation } from '../patterns/confirmation.js';
import { field, formValues } from '../patterns/fields.js';
import { inPageLanguage } from '../patterns/language.js';
import { load, renderLoaded } from '../patterns/loading.js';
import { dataTable } from '../patterns/table.js';
import { ListForm } from '../patterns/list-form.js';
import { Notice } from '../patterns/notice.js';
import { Writes } from '../patterns/writes.js';
import type { VnpRichTextEditor } from '../questions/rich-text-editor.js';
import { ConsoleScreen } from './screen.js';

const withoutId = ({ id: _id, ...input }: Leader): LeaderInput => input;

/** The leaders of an agency: their contacts as the portal shows them, edited, added and removed. */
export class VnpLeadersScreen extends ConsoleScreen {
  readonly #agency = new AgencyChoice(this, () => this);
  readonly #leaders = load(this, () => [this.client, this.#agency.selected] as const, async ([client, agency]) =>
    client === undefined || agency === undefined ? [] : (await client.listLeaders({ agency })).items,
  );
  readonly #writes = new Writes(this);
  readonly #form = new ListForm<Leader>(this, { opened: () => this.#writes.clear(), reload: () => this.#leaders.run() });
  readonly #notice = new Notice(this);
  readonly #confirm = new Confirmation(this);

  async #save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const client = this.client;
    const editing = this.#form.item;
    const agency = this.#agency.selected;
    if (client === undefined || editing === undefined || agency === undefined) return;
    const value = formValues(event.target as HTMLFormElement);
    const before = editing === 'new' ? undefined : withoutId(editing);
    const en = value('position.en');
    const [biographyVi = '', biographyEn = ''] = [...this.renderRoot.querySelectorAll<VnpRichTextEditor>('vnp-rich-text-editor')].map((editor) => editor.value);
    const photo = value('photo.url');
    const body: LeaderInput = {
      ...before,
      agency,
      fullName: value('fullName') ?? '',
      position: { vi: value('position.vi') ?? '', ...(en === undefined ? {} : { en }) },
      order: Number(value('order') ?? 0),
      phone: value('phone'),
      mobile: value('mobile'),
      email: value('email'),
      // An English biography without a Vietnamese one is sent as is, for the schema to refuse beside its field.
      biography: biographyVi === '' && biographyEn === '' ? undefined : { vi: biographyVi, ...(biographyEn === '' ? {} : { en: biographyEn }) },
      // The photo's known size is kept while its address is unchanged.
      photo: photo === undefined ? undefined : before?.photo?.url === photo ? before.photo : { url: photo },
    };
    const saved = await this.#writes.run(
      () => (editing === 'new' ? client.createLeader({ body }) : client.updateLeader({ id: editing.id, body })),
      { schema: LeaderInput, value: body },
    );
    if (saved === undefined) return;
    this.#notice.tell(
      msg(str`Đã lưu thông tin của ${saved.fullName}.`, { id: 'leader-saved' }),
      before === undefined ? () => client.deleteLeader({ id: saved.id }).then(() => this.#leaders.run()) : () => client.updateLeader({ id: saved.id, body: before }).then(() => this.#leaders.run()),
    );
    await this.#form.close(saved.id);
  }

  async #remove(leader: Leader): Promise<void> {
    const client = this.client;
    if (client === undefined) return;
    const confirmed = await this.#confirm.ask(msg(str`Xóa ${leader.fullName} khỏi danh sách lãnh đạo?`, { id: 'leader-remove-question' }), msg('Xóa', { id: 'remove' }));
    if (!confirmed) return;
    const removed = await this.#writes.run(() => client.deleteLeader({ id: leader.id }).then(() => true));
    if (removed !== true) return;
    this.#notice.tell(msg(str`Đã xóa ${leader.fullName}.`, { id: 'leader-removed' }), () => client.createLeader({ body: withoutId(leader) }).then(() => this.#leaders.run()));
    await this.#form.close();
  }

  override render() {
    const mayEdit = this.user !== undefined && mayCall(this.user, 'updateLeader');
    return html`<div class="toolbar">
        ${this.#agency.render()}
        ${mayEdit && this.#form.item === undefined ? html`<button type="button" data-add @click=${() => this.#form.open('new')}>${msg('Thêm lãnh đạo', { id: 'leader-add' })}</button>` : nothing}
      </div>
      ${this.#notice.render()} ${this.#writes.renderProblem()}
      ${this.#form.item === undefined
        ? renderLoaded(this.#leaders, {
            isEmpty: (leaders) => leaders.length === 0,
            empty: msg('Cơ quan này chưa có lãnh đạo nào trên Cổng.', { id: 'leaders-empty' }),
            complete: (leaders) => this.#renderList(leaders, mayEdit),
          })
        : this.#renderForm(this.#form.item)}
      ${this.#confirm.render()}`;
  }

  #renderList(leaders: readonly Leader[], mayEdit: boolean) {
    return dataTable(
      msg(str`Lãnh đạo của ${this.#agency.nameOf(this.#agency.selected)}`, { id: 'leaders-caption' }),
      [msg('Họ và tên', { id: 'full-name' }), msg('Chức vụ', { id: 'position' }), msg('Điện thoại', { id: 'phone' }), msg('Di động', { id: 'mobile' }), msg('Thư điện tử', { id: 'email' }), mayEdit ? msg('Thao tác', { id: 'actions' }) : nothing],
      leaders.map(
          (leader) => html`<tr>
            <th scope="row">${leader.fullName}</th>
            <td>${inPageLanguage(leader.position)}</td>
            <td>${leader.phone ?? ''}</td>
            <td>${leader.mobile ?? ''}</td>
            <td>${leader.email ?? ''}</td>
            ${mayEdit
              ? html`<td class="actions">
                  <button type="button" class="secondary" data-edit=${leader.id} aria-label=${msg(str`Sửa ${leader.fullName}`, { id: 'edit-named' })} @click=${() => this.#form.open(leader)}>${msg('Sửa', { id: 'edit' })}</button>
                  <button type="button" class="secondary" aria-label=${msg(str`Xóa ${leader.fullName}`, { id: 'remove-named' })} @click=${() => this.#remove(leader)}>${msg('Xóa', { id: 'remove' })}</button>
                </td>`
              : nothing}
          </tr>`,
      ),
    );
  }

  #renderForm(editing: Leader | 'new') {
    const leader = editing === 'new' ? undefined : editing;
    return html`<form novalidate @submit=${(event: SubmitEvent) => this.#save(event)}>
      <h2 tabindex="-1">${leader === undefined ? msg('Thêm lãnh đạo', { id: 'leader-add' }) : msg(str`Sửa thông tin: ${leader.fullName}`, { id: 'edit-title' })}</h2>
      ${field(this.#writes, { name: 'fullName', label: msg('Họ và tên', { id: 'full-name' }), limit: leaderInputLimits.fullName, value: leader?.fullName })}
      ${field(this.#writes, { name: 'position.vi', label: msg('Chức vụ (tiếng Việt)', { id: 'position-vi' }), limit: leaderInputLimits.position.vi, value: leader?.position.vi })}
      ${field(this.#writes, { name: 'position.en', label: msg('Chức vụ (tiếng Anh)', { id: 'position-en' }), limit: leaderInputLimits.position.en, value: leader?.position.en })}
      ${field(this.#writes, { name: 'phone', label: msg('Điện thoại', { id: 'phone' }), limit: leaderInputLimits.phone, value: leader?.phone, type: 'tel', hint: msg('Ví dụ: 0206 3852 123 hoặc +84 206 3852 123', { id: 'phone-hint' }) })}
      ${field(this.#writes, { name: 'mobile', label: msg('Di động', { id: 'mobile' }), limit: leaderInputLimits.mobile, value: leader?.mobile, type: 'tel' })}
      ${field(this.#writes, { name: 'email', label: msg('Thư điện tử', { id: 'email' }), limit: leaderInputLimits.email, value: leader?.email, type: 'email' })}
      ${field(this.#writes, { name: 'order', label: msg('Thứ tự hiển thị', { id: 'order' }), limit: leaderInputLimits.order, value: leader?.order ?? 0, type: 'number' })}
      ${field(this.#writes, {
        name: 'photo.url',
        label: msg('Ảnh (địa chỉ https://…)', { id: 'leader-photo' }),
        limit: leaderInputLimits.photo.url,
        value: leader?.photo?.url,
        type: 'url',
        hint: msg('Ảnh đã đăng trên Cổng; để trống nếu không có ảnh.', { id: 'leader-photo-hint' }),
      })}
      <vnp-rich-text-editor .label=${msg('Tiểu sử tóm tắt (tiếng Việt)', { id: 'leader-biography-vi' })} .initial=${leader?.biography?.vi ?? ''}></vnp-rich-text-editor>
      <vnp-rich-text-editor .label=${msg('Tiểu sử tóm tắt (tiếng Anh)', { id: 'leader-biography-en' })} .initial=${leader?.biography?.en ?? ''}></vnp-rich-text-editor>
      <p class="field-error" role="alert">${this.#writes.fieldError('biography') ?? nothing}</p>
      <div class="actions">
        <button type="submit" ?disabled=${this.#writes.busy}>${msg('Lưu', { id: 'save' })}</button>
        <button type="button" class="secondary" @click=${() => this.#form.close(leader?.id)}>${msg('Hủy', { id: 'cancel' })}</button>
      </div>
    </form>`;
  }
}
