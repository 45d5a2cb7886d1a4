import { msg, str } from '@lit/localize';
import { CalendarDay, calendarDayLimits } from '@vn-portal/schema';
import { formatDate } from '@vn-portal/sdk/vietnamese';
import { html } from 'lit';
import { Confirmation } from '../patterns/confirmation.js';
import { choice, field, formValues } from '../patterns/fields.js';
import { inPageLanguage, pageLanguage } from '../patterns/language.js';
import { load, renderLoaded } from '../patterns/loading.js';
import { dataTable } from '../patterns/table.js';
import { Notice } from '../patterns/notice.js';
import { Writes } from '../patterns/writes.js';
import { ConsoleScreen, focusAfterUpdate } from './screen.js';

const kindLabel = (kind: CalendarDay['kind']): string =>
  kind === 'day-off' ? msg('Ngày nghỉ', { id: 'day-off' }) : msg('Ngày làm việc bù', { id: 'working-day' });

/** The year's extra days off and make-up working Saturdays the government announces: they move every due date. */
export class VnpCalendarScreen extends ConsoleScreen {

  readonly #days = load(this, () => [this.client] as const, async ([client]) => (client === undefined ? [] : (await client.listCalendarDays()).items));
  readonly #writes = new Writes(this);
  readonly #notice = new Notice(this);
  readonly #confirm = new Confirmation(this);

  async #set(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const client = this.client;
    if (client === undefined) return;
    const form = event.target as HTMLFormElement;
    const value = formValues(form);
    const day = { date: value('date') ?? '', kind: value('kind') === 'working-day' ? 'working-day' : 'day-off', name: { vi: value('name.vi') ?? '' } } as const;
    const { date, ...body } = day;
    const saved = await this.#writes.run(() => client.setCalendarDay({ date, body }), { schema: CalendarDay, value: day });
    if (saved === undefined) return;
    form.reset();
    this.#notice.tell(msg(str`Đã lưu ngày ${formatDate(saved.date, pageLanguage())}.`, { id: 'day-saved' }), () => client.deleteCalendarDay({ date }).then(() => this.#days.run()));
    await this.#days.run();
  }

  async #remove(day: CalendarDay): Promise<void> {
    const client = this.client;
    if (client === undefined) return;
    const when = formatDate(day.date, pageLanguage());
    if (!(await this.#confirm.ask(msg(str`Bỏ ngày ${when} khỏi lịch? Hạn trả lời tính sau đó sẽ thay đổi.`, { id: 'day-remove-question' }), msg('Bỏ', { id: 'origin-remove' })))) return;
    const removed = await this.#writes.run(() => client.deleteCalendarDay({ date: day.date }).then(() => true));
    if (removed !== true) return;
    const { date, ...body } = day;
    this.#notice.tell(msg(str`Đã bỏ ngày ${when}.`, { id: 'day-removed' }), () => client.setCalendarDay({ date, body }).then(() => this.#days.run()));
    await this.#days.run();
    await focusAfterUpdate(this, '[data-undo]');
  }

  override render() {
    const language = pageLanguage();
    return html`${this.#notice.render()} ${this.#writes.renderProblem()}
      ${renderLoaded(this.#days, {
        isEmpty: (days) => days.length === 0,
        empty: msg('Chưa có ngày nghỉ hay ngày làm bù nào được thêm.', { id: 'days-empty' }),
        complete: (days) => dataTable(
          msg('Ngày nghỉ và ngày làm việc bù', { id: 'days-caption' }),
          [msg('Ngày', { id: 'date' }), msg('Loại', { id: 'kind' }), msg('Tên', { id: 'name' }), msg('Thao tác', { id: 'actions' })],
          days.map(
              (day) => html`<tr>
                <td>${formatDate(day.date, language)}</td>
                <td>${kindLabel(day.kind)}</td>
                <td>${inPageLanguage(day.name)}</td>
                <td>
                  <button type="button" class="secondary" aria-label=${msg(str`Bỏ ngày ${formatDate(day.date, language)}`, { id: 'day-remove-named' })} @click=${() => this.#remove(day)}>
                    ${msg('Bỏ', { id: 'origin-remove' })}
                  </button>
                </td>
              </tr>`,
          ),
        ),
      })}
      <form novalidate @submit=${(event: SubmitEvent) => this.#set(event)}>
        <h2>${msg('Thêm hoặc sửa một ngày', { id: 'day-add-title' })}</h2>
        ${field(this.#writes, { name: 'date', label: msg('Ngày', { id: 'date' }), limit: calendarDayLimits.date, type: 'date' })}
        ${choice(this.#writes, 'kind', msg('Loại', { id: 'kind' }), [
          ['day-off', kindLabel('day-off')],
          ['working-day', kindLabel('working-day')],
        ])}
        ${field(this.#writes, { name: 'name.vi', label: msg('Tên (ví dụ: Nghỉ bù Quốc khánh)', { id: 'day-name' }), limit: calendarDayLimits.name.vi })}
        <div class="actions"><button type="submit" ?disabled=${this.#writes.busy}>${msg('Lưu', { id: 'save' })}</button></div>
      </form>
      ${this.#confirm.render()}`;
  }
}
