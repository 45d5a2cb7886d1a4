import { msg, str } from '@lit/localize';
import { ApiKeyCreate, ApiKeyRole, apiKeyCreateLimits, roleReaches, type ApiKey, type ApiKeyCreated } from '@vn-portal/schema';
import { html, nothing } from 'lit';
import { agenciesWithin } from '../access.js';
import { Confirmation } from '../patterns/confirmation.js';
import { choice, field, formValues } from '../patterns/fields.js';
import { formatInstant, inPageLanguage } from '../patterns/language.js';
import { load, renderLoaded } from '../patterns/loading.js';
import { dataTable } from '../patterns/table.js';
import { Notice } from '../patterns/notice.js';
import { Writes } from '../patterns/writes.js';
import { ConsoleScreen, focusAfterUpdate } from './screen.js';

export const roleLabel = (role: ApiKeyRole): string =>
  ({
    editor: msg('Biên tập', { id: 'role-editor' }),
    moderator: msg('Kiểm duyệt', { id: 'role-moderator' }),
    admin: msg('Quản trị', { id: 'role-admin' }),
  })[role];

/**
 * The API keys machines use (a CMS importing documents, a monitoring script): made with at most the
 * person's own role and agencies, the secret shown once, revoked for good.
 */
export class VnpApiKeysScreen extends ConsoleScreen {
  static override properties = { created: { state: true } };
  /** The key just made, whose secret is on screen until dismissed. */
  declare created: ApiKeyCreated | undefined;

  readonly #keys = load(this, () => [this.client] as const, async ([client]) => (client === undefined ? [] : (await client.listApiKeys()).items));
  readonly #agencies = load(this, () => [this.client, this.user] as const, async ([client, user]) =>
    client === undefined || user === undefined ? [] : agenciesWithin(user, (await client.listAgencies()).items),
  );
  readonly #writes = new Writes(this);
  readonly #notice = new Notice(this);
  readonly #confirm = new Confirmation(this);

  async #create(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const client = this.client;
    if (client === undefined) return;
    const form = event.target as HTMLFormElement;
    const value = formValues(form);
    const body: ApiKeyCreate = {
      name: value('name') ?? '',
      role: (value('role') ?? 'editor') as ApiKeyRole,
      agencies: new FormData(form).getAll('agencies').map(String),
    };
    const created = await this.#writes.run(() => client.createApiKey({ body }), { schema: ApiKeyCreate, value: body });
    if (created === undefined) return;
    this.created = created;
    form.reset();
    await this.#keys.run();
    await focusAfterUpdate(this, '#secret-title');
  }

  async #revoke(key: ApiKey): Promise<void> {
    const client = this.client;
    if (client === undefined) return;
    const confirmed = await this.#confirm.ask(
      msg(str`Thu hồi khóa "${key.name}"? Mọi hệ thống đang dùng khóa này sẽ bị từ chối ngay, và không thể hoàn tác.`, { id: 'key-revoke-question' }),
      msg('Thu hồi', { id: 'key-revoke' }),
    );
    if (!confirmed) return;
    const revoked = await this.#writes.run(() => client.revokeApiKey({ id: key.id }).then(() => true));
    if (revoked !== true) return;
    this.#notice.tell(msg(str`Đã thu hồi khóa "${key.name}".`, { id: 'key-revoked' }));
    await this.#keys.run();
    await focusAfterUpdate(this, '[role="status"]');
  }

  override render() {
    return html`${this.#notice.render()} ${this.#writes.renderProblem()} ${this.created === undefined ? nothing : this.#renderSecret(this.created)}
      ${renderLoaded(this.#keys, {
        isEmpty: (keys) => keys.length === 0,
        empty: msg('Chưa có khóa API nào.', { id: 'keys-empty' }),
        complete: (keys) => this.#renderList(keys),
      })}
      ${this.#renderForm()} ${this.#confirm.render()}`;
  }

  #renderSecret(created: ApiKeyCreated) {
    return html`<section class="notice" aria-labelledby="secret-title">
      <div>
        <h2 id="secret-title" tabindex="-1">${msg(str`Khóa bí mật của "${created.name}": chỉ hiện một lần`, { id: 'key-secret-title' })}</h2>
        <p>${msg('Chép khóa này vào hệ thống sẽ dùng nó ngay bây giờ. Máy chủ chỉ giữ bản băm, không thể cho xem lại.', { id: 'key-secret-hint' })}</p>
        <label for="secret">${msg('Khóa bí mật', { id: 'key-secret' })}</label>
        <input id="secret" class="secret" readonly .value=${created.secret} @focus=${(event: FocusEvent) => (event.target as HTMLInputElement).select()} />
        <button type="button" class="secondary" data-dismiss @click=${() => ((this.created = undefined), void focusAfterUpdate(this, 'form h2'))}>${msg('Tôi đã chép khóa', { id: 'key-secret-done' })}</button>
      </div>
    </section>`;
  }

  #renderList(keys: readonly ApiKey[]) {
    const agencyName = (code: string) => {
      const agency = this.#agencies.value?.find((candidate) => candidate.code === code);
      return agency === undefined ? code : inPageLanguage(agency.name);
    };
    return dataTable(
      msg('Khóa API đang dùng', { id: 'keys-caption' }),
      [msg('Tên', { id: 'name' }), msg('Vai trò', { id: 'role' }), msg('Cơ quan', { id: 'agency' }), msg('Dùng lần cuối', { id: 'key-last-used' }), msg('Thao tác', { id: 'actions' })],
      keys.map(
          (key) => html`<tr>
            <th scope="row">${key.name}</th>
            <td>${roleLabel(key.role)}</td>
            <td>${key.agencies.length === 0 ? msg('Mọi cơ quan', { id: 'every-agency' }) : key.agencies.map(agencyName).join(', ')}</td>
            <td>${key.lastUsedAt === undefined ? msg('Chưa dùng', { id: 'key-never-used' }) : formatInstant(key.lastUsedAt)}</td>
            <td>
              <button type="button" class="secondary" data-revoke=${key.id} aria-label=${msg(str`Thu hồi khóa ${key.name}`, { id: 'key-revoke-named' })} @click=${() => this.#revoke(key)}>
                ${msg('Thu hồi', { id: 'key-revoke' })}
              </button>
            </td>
          </tr>`,
      ),
    );
  }

  #renderForm() {
    const user = this.user;
    if (user === undefined) return nothing;
    // A key gets at most the person's own role and agencies: the server refuses anything more.
    const roles = ApiKeyRole.options.filter((role) => roleReaches(user.role, role));
    const agencyError = this.#writes.fieldError('agencies');
    return html`<form novalidate @submit=${(event: SubmitEvent) => this.#create(event)}>
      <h2 tabindex="-1">${msg('Tạo khóa API', { id: 'key-new' })}</h2>
      ${field(this.#writes, { name: 'name', label: msg('Tên (hệ thống nào dùng khóa)', { id: 'key-name' }), limit: apiKeyCreateLimits.name })}
      ${choice(this.#writes, 'role', msg('Vai trò', { id: 'role' }), roles.map((role) => [role, roleLabel(role)] as const))}
      <fieldset aria-describedby=${agencyError === undefined ? 'agencies-hint' : 'agencies-hint agencies-error'}>
        <legend>${msg('Cơ quan khóa được làm việc', { id: 'key-agencies' })}</legend>
        <span class="hint" id="agencies-hint">${user.agencies.length === 0 ? msg('Không chọn cơ quan nào: khóa quản trị cho mọi cơ quan.', { id: 'key-agencies-hint-all' }) : msg('Chỉ các cơ quan của tài khoản bạn.', { id: 'key-agencies-hint-own' })}</span>
        ${(this.#agencies.value ?? []).map((agency) => html`<label><input type="checkbox" name="agencies" value=${agency.code} /> ${inPageLanguage(agency.name)}</label>`)}
        ${agencyError === undefined ? nothing : html`<span class="field-error" id="agencies-error">${agencyError}</span>`}
      </fieldset>
      <div class="actions"><button type="submit" ?disabled=${this.#writes.busy}>${msg('Tạo khóa', { id: 'key-create' })}</button></div>
    </form>`;
  }
}
