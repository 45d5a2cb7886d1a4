import { msg, str } from '@lit/localize';
import type { Backup, BackupSchedule } from '@vn-portal/schema';
import { html, nothing } from 'lit';
import { formatInstant, pageLanguage } from '../patterns/language.js';
import { load, renderLoaded } from '../patterns/loading.js';
import { dataTable } from '../patterns/table.js';
import { Notice } from '../patterns/notice.js';
import { Writes } from '../patterns/writes.js';
import { ConsoleScreen, focusAfterUpdate } from './screen.js';

const size = (bytes: number) => new Intl.NumberFormat(pageLanguage() === 'en' ? 'en' : 'vi-VN', { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(bytes / 1_000_000);

/** The database's backups: whether the schedule keeps up, the files kept, and one taken now (before an upgrade, say). */
export class VnpBackupsScreen extends ConsoleScreen {

  readonly #backups = load(this, () => [this.client] as const, async ([client]) => (client === undefined ? undefined : client.listBackups()));
  readonly #writes = new Writes(this);
  readonly #notice = new Notice(this);

  async #takeNow(): Promise<void> {
    const client = this.client;
    if (client === undefined) return;
    const taken = await this.#writes.run(() => client.createBackup());
    if (taken === undefined) return;
    this.#notice.tell(msg(str`Đã sao lưu lúc ${formatInstant(taken.createdAt)} (${size(taken.size)}).`, { id: 'backup-taken' }));
    await this.#backups.run();
    await focusAfterUpdate(this, '[role="status"]');
  }

  override render() {
    const schedule = this.#backups.value?.schedule;
    return html`${schedule === undefined ? nothing : this.#renderSchedule(schedule)}
      <div class="actions">
        <button type="button" data-take ?disabled=${this.#writes.busy} @click=${() => this.#takeNow()}>${msg('Sao lưu ngay', { id: 'backup-now' })}</button>
      </div>
      ${this.#writes.busy ? html`<p class="loading">${msg('Đang sao lưu…', { id: 'backup-running' })}</p>` : nothing} ${this.#notice.render()} ${this.#writes.renderProblem()}
      ${renderLoaded(this.#backups, {
        isEmpty: (list) => list === undefined || list.items.length === 0,
        empty: msg('Chưa có bản sao lưu nào.', { id: 'backups-empty' }),
        complete: (list) => dataTable(
          msg('Các bản sao lưu, mới nhất trước', { id: 'backups-caption' }),
          [msg('Thời điểm', { id: 'backup-at' }), msg('Dung lượng', { id: 'backup-size' }), msg('Bản sao ở nơi thứ hai', { id: 'backup-copied' }), msg('Mã kiểm tra SHA-256', { id: 'backup-sha' })],
          [...(list?.items ?? [])]
            .sort((a: Backup, b: Backup) => b.createdAt.localeCompare(a.createdAt))
            .map(
              (backup) => html`<tr>
                <td>${formatInstant(backup.createdAt)}</td>
                <td>${size(backup.size)}</td>
                <td>${backup.copied === true ? msg('Có', { id: 'yes' }) : msg('Không', { id: 'no' })}</td>
                <td><code>${backup.sha256?.slice(0, 12) ?? ''}</code></td>
              </tr>`,
          ),
        ),
      })}`;
  }

  #renderSchedule(schedule: BackupSchedule) {
    const last = schedule.lastTakenAt === undefined ? msg('chưa có', { id: 'backup-none-yet' }) : formatInstant(schedule.lastTakenAt);
    return html`<p data-schedule>
      ${schedule.intervalHours === 0
        ? msg(str`Sao lưu tự động đang tắt. Lần sao lưu gần nhất: ${last}.`, { id: 'backup-schedule-off' })
        : msg(str`Tự động sao lưu mỗi ${schedule.intervalHours} giờ. Lần gần nhất: ${last}.`, { id: 'backup-schedule' })}
      ${schedule.overdue ? html`<strong class="overdue">${msg('Đã quá hạn sao lưu: cần kiểm tra.', { id: 'backup-overdue' })}</strong>` : nothing}
    </p>`;
  }
}
