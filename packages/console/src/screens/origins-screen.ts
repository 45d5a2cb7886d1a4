import { msg, str } from '@lit/localize';
import { AllowedOrigins, allowedOriginsLimits } from '@vn-portal/schema';
import { html } from 'lit';
import { AgencyChoice } from '../patterns/agency-choice.js';
import { field, formValues } from '../patterns/fields.js';
import { load, renderLoaded } from '../patterns/loading.js';
import { dataTable } from '../patterns/table.js';
import { Notice } from '../patterns/notice.js';
import { Writes } from '../patterns/writes.js';
import { ConsoleScreen, focusAfterUpdate } from './screen.js';

/**
 * The sites allowed to send visitors' writes (votes, questions, comments) for an agency: a site
 * moved to a new address needs its origin here before its forms work again.
 */
export class VnpOriginsScreen extends ConsoleScreen {

  readonly #agency = new AgencyChoice(this, () => this);
  readonly #origins = load(this, () => [this.client, this.#agency.selected] as const, async ([client, code]) =>
    client === undefined || code === undefined ? [] : (await client.getAllowedOrigins({ code })).origins,
  );
  readonly #writes = new Writes(this);
  readonly #notice = new Notice(this);

  /** Writes the whole list (the contract's one write), offering to write the previous one back. */
  async #set(origins: string[], told: string): Promise<boolean> {
    const client = this.client;
    const code = this.#agency.selected;
    const before = this.#origins.value ?? [];
    if (client === undefined || code === undefined) return false;
    const body = { origins };
    const saved = await this.#writes.run(() => client.setAllowedOrigins({ code, body }), { schema: AllowedOrigins, value: body });
    if (saved === undefined) return false;
    this.#notice.tell(told, () => client.setAllowedOrigins({ code, body: { origins: before } }).then(() => this.#origins.run()));
    await this.#origins.run();
    return true;
  }

  async #add(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const typed = formValues(form)('origins');
    if (typed === undefined) return;
    // An origin is scheme, host and port: a pasted page address keeps only that.
    const origin = URL.canParse(typed) ? new URL(typed).origin : typed;
    const before = this.#origins.value ?? [];
    if (await this.#set([...before.filter((known) => known !== origin), origin], msg(str`Đã thêm ${origin}.`, { id: 'origin-added' }))) form.reset();
  }

  async #remove(origin: string): Promise<void> {
    await this.#set((this.#origins.value ?? []).filter((known) => known !== origin), msg(str`Đã bỏ ${origin}.`, { id: 'origin-removed' }));
    await focusAfterUpdate(this, '[data-undo]');
  }

  override render() {
    return html`${this.#agency.render()} ${this.#notice.render()} ${this.#writes.renderProblem()}
      ${renderLoaded(this.#origins, {
        isEmpty: (origins) => origins.length === 0,
        empty: msg('Chưa có trang nào được phép gửi bình chọn, câu hỏi hay góp ý cho cơ quan này.', { id: 'origins-empty' }),
        complete: (origins) =>
          dataTable(
            msg(str`Trang được phép của ${this.#agency.nameOf(this.#agency.selected)}`, { id: 'origins-caption' }),
            [msg('Địa chỉ gốc', { id: 'origin' }), msg('Thao tác', { id: 'actions' })],
            origins.map(
                (origin) => html`<tr>
                  <td>${origin}</td>
                  <td><button type="button" class="secondary" aria-label=${msg(str`Bỏ ${origin}`, { id: 'origin-remove-named' })} @click=${() => this.#remove(origin)}>${msg('Bỏ', { id: 'origin-remove' })}</button></td>
                </tr>`,
            ),
          ),
      })}
      <form novalidate @submit=${(event: SubmitEvent) => this.#add(event)}>
        <h2>${msg('Thêm trang được phép', { id: 'origin-add-title' })}</h2>
        ${field(this.#writes, {
          name: 'origins',
          label: msg('Địa chỉ trang (https://…)', { id: 'origin-label' }),
          limit: allowedOriginsLimits.origins,
          type: 'url',
          hint: msg('Chỉ giữ phần gốc: giao thức, tên miền và cổng.', { id: 'origin-hint' }),
        })}
        <div class="actions"><button type="submit" ?disabled=${this.#writes.busy}>${msg('Thêm', { id: 'add' })}</button></div>
      </form>`;
  }
}
