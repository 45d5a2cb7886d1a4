import { msg, str } from '@lit/localize';
import { qaFormConfigLimits, FieldRequirement, individualFields, organizationFields, QaFormConfig, type IndividualField, type OrganizationField } from '@vn-portal/schema';
import { html } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { choice, field, formValues } from '../patterns/fields.js';
import { load, renderLoaded } from '../patterns/loading.js';
import { Notice } from '../patterns/notice.js';
import { Writes } from '../patterns/writes.js';
import { askerFieldLabel } from '../questions/asker-fields.js';
import { ConsoleScreen, focusAfterUpdate } from './screen.js';

const askerKinds = ['individual', 'organization'] as const;

const kindLabel = (kind: (typeof askerKinds)[number]): string =>
  kind === 'individual' ? msg('Cá nhân', { id: 'qa-settings-individual' }) : msg('Tổ chức', { id: 'qa-settings-organization' });

const requirementLabel = (requirement: FieldRequirement): string =>
  ({
    required: msg('Bắt buộc', { id: 'qa-settings-required' }),
    optional: msg('Không bắt buộc', { id: 'qa-settings-optional' }),
    hidden: msg('Không hỏi', { id: 'qa-settings-hidden' }),
  })[requirement];

/**
 * The citizens' ask form as the province configures it (Cao Bằng Điều 9; provinces differ): who
 * may ask, which identity fields are asked and required, the answer deadline in working days and
 * the consent notice's version. The topics, agencies and notices' wording are kept as they are.
 */
export class VnpQaSettingsScreen extends ConsoleScreen {
  readonly #config = load(this, () => [this.client] as const, async ([client]) => (client === undefined ? undefined : client.getQaFormConfig()));
  readonly #writes = new Writes(this);
  readonly #notice = new Notice(this);

  async #save(event: SubmitEvent, before: QaFormConfig): Promise<void> {
    event.preventDefault();
    const client = this.client;
    if (client === undefined) return;
    const form = event.target as HTMLFormElement;
    const value = formValues(form);
    const requirement = (name: string, current: FieldRequirement) => FieldRequirement.options.find((option) => option === value(name)) ?? current;
    const body: QaFormConfig = {
      ...before,
      askerKinds: askerKinds.filter((kind) => form.querySelector<HTMLInputElement>(`input[name="askerKinds"][value="${kind}"]`)?.checked === true),
      fields: {
        individual: Object.fromEntries(individualFields.map((name) => [name, requirement(`individual.${name}`, before.fields.individual[name])])) as QaFormConfig['fields']['individual'],
        organization: Object.fromEntries(organizationFields.map((name) => [name, requirement(`organization.${name}`, before.fields.organization[name])])) as QaFormConfig['fields']['organization'],
      },
      answerWorkingDays: Number(value('answerWorkingDays') ?? before.answerWorkingDays),
      consent: { ...before.consent, version: value('consent.version') ?? '' },
    };
    const saved = await this.#writes.run(() => client.updateQaFormConfig({ body }), { schema: QaFormConfig, value: body });
    if (saved === undefined) return;
    this.#notice.tell(msg('Đã lưu cấu hình mẫu hỏi đáp.', { id: 'qa-settings-saved' }), () => client.updateQaFormConfig({ body: before }).then(() => this.#config.run()));
    await this.#config.run();
    await focusAfterUpdate(this, '[role="status"]');
  }

  override render() {
    return html`${this.#notice.render()} ${this.#writes.renderProblem()}
      ${renderLoaded(this.#config, {
        isEmpty: (config) => config === undefined,
        // A new form for each stored version: what the officer changed by hand must not outlive a save or an Undo.
        complete: (config) => (config === undefined ? html`` : html`${keyed(config, this.#renderForm(config))}`),
      })}`;
  }

  #renderForm(config: QaFormConfig) {
    const kindsError = this.#writes.fieldError('askerKinds');
    const requirements = (kind: (typeof askerKinds)[number], names: readonly (IndividualField | OrganizationField)[], current: Readonly<Record<string, FieldRequirement>>) =>
      html`<fieldset>
        <legend>${msg(str`Thông tin người hỏi: ${kindLabel(kind)}`, { id: 'qa-settings-fields' })}</legend>
        ${names.map((name) =>
          choice(this.#writes, `${kind}.${name}`, askerFieldLabel(name), FieldRequirement.options.map((option) => [option, requirementLabel(option)] as const), current[name]),
        )}
      </fieldset>`;
    return html`<form novalidate @submit=${(event: SubmitEvent) => this.#save(event, config)}>
      <fieldset aria-describedby="asker-kinds-error">
        <legend>${msg('Ai được gửi câu hỏi', { id: 'qa-settings-kinds' })}</legend>
        ${askerKinds.map(
          (kind) => html`<label><input type="checkbox" name="askerKinds" value=${kind} ?checked=${config.askerKinds.includes(kind)} /> ${kindLabel(kind)}</label>`,
        )}
        <span class="field-error" id="asker-kinds-error">${kindsError === undefined ? '' : msg('Chọn ít nhất một.', { id: 'qa-settings-kinds-error' })}</span>
      </fieldset>
      ${requirements('individual', individualFields, config.fields.individual)} ${requirements('organization', organizationFields, config.fields.organization)}
      ${field(this.#writes, {
        name: 'answerWorkingDays',
        label: msg('Thời hạn trả lời (ngày làm việc)', { id: 'qa-settings-working-days' }),
        limit: qaFormConfigLimits.answerWorkingDays,
        value: config.answerWorkingDays,
        type: 'number',
      })}
      ${field(this.#writes, {
        name: 'consent.version',
        label: msg('Phiên bản thông báo đồng ý', { id: 'qa-settings-consent-version' }),
        limit: qaFormConfigLimits.consent.version,
        value: config.consent.version,
        hint: msg('Đổi khi sửa nội dung thông báo: mỗi câu hỏi ghi lại phiên bản người hỏi đã đồng ý.', { id: 'qa-settings-consent-hint' }),
      })}
      <div class="actions"><button type="submit" ?disabled=${this.#writes.busy}>${msg('Lưu', { id: 'save' })}</button></div>
    </form>`;
  }
}
