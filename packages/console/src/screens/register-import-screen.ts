import { msg, str } from '@lit/localize';
import { registerImportMaxBytes, registerImportMediaTypes, type RegisterImportReport } from '@vn-portal/schema';
import { apiBasePath } from '@vn-portal/schema/compact';
import { formatNumber } from '@vn-portal/sdk/vietnamese';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { Confirmation } from '../patterns/confirmation.js';
import { inPageLanguage, pageLanguage } from '../patterns/language.js';
import { Notice } from '../patterns/notice.js';
import { invalidFields } from '../patterns/problem.js';
import { dataTable } from '../patterns/table.js';
import { Writes } from '../patterns/writes.js';
import { ConsoleScreen, focusAfterUpdate } from './screen.js';

const templateUrl = `${apiBasePath}/admin/legal-documents/imports/template.csv`;

/** The file's bytes, typed as the contract's upload types say by its extension. */
async function uploadOf(file: File): Promise<{ body: Uint8Array<ArrayBuffer>; contentType: string }> {
  const contentType = file.name.toLowerCase().endsWith('.xlsx') ? registerImportMediaTypes.xlsx : registerImportMediaTypes.csv;
  return { body: new Uint8Array(await file.arrayBuffer()), contentType };
}

/**
 * An agency's old register brought in from a spreadsheet (CSV or XLSX, the template's columns):
 * first a dry run listing every row's problems by line and column, then, confirmed, one
 * transaction writing every valid row, and what was written and what was not.
 */
export class VnpRegisterImportScreen extends ConsoleScreen {
  static override properties = { file: { state: true }, report: { state: true } };
  /** The file checked; the import sends the same one. */
  declare file: File | undefined;
  /** The last dry run's or import's report. */
  declare report: RegisterImportReport | undefined;

  readonly #writes = new Writes(this);
  readonly #notice = new Notice(this);
  readonly #confirm = new Confirmation(this);

  #choose(event: Event): void {
    this.file = (event.target as HTMLInputElement).files?.[0];
    this.report = undefined;
    this.#writes.clear();
  }

  async #send(dryRun: boolean): Promise<RegisterImportReport | undefined> {
    const client = this.client;
    const file = this.file;
    if (client === undefined) return undefined;
    if (file === undefined || file.size > registerImportMaxBytes) {
      const fault = file === undefined ? msg('Hãy chọn tệp sổ văn bản.', { id: 'import-choose-file' }) : msg(str`Tệp lớn quá mức cho phép (${registerImportMaxBytes / 1024 / 1024} MB).`, { id: 'import-too-large' });
      await this.#writes.fail(invalidFields({ file: fault }));
      return undefined;
    }
    const { body, contentType } = await uploadOf(file);
    return this.#writes.run(() => client.importLegalDocuments({ dryRun: dryRun ? 'true' : 'false', body }, { headers: { 'Content-Type': contentType } }));
  }

  async #check(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const report = await this.#send(true);
    if (report === undefined) return;
    this.report = report;
    await focusAfterUpdate(this, '#import-report');
  }

  async #import(report: RegisterImportReport): Promise<void> {
    const question = msg(str`Ghi ${report.valid} văn bản hợp lệ vào sổ, trong một lần? Các dòng có vấn đề sẽ không được ghi.`, { id: 'import-question' });
    if (!(await this.#confirm.ask(question, msg('Nhập vào sổ', { id: 'import-confirm' })))) return;
    const written = await this.#send(false);
    if (written === undefined) return;
    this.report = written;
    this.#notice.tell(msg(str`Đã ghi ${written.written} văn bản; ${written.rows - written.written} dòng không được ghi.`, { id: 'import-written' }));
    await focusAfterUpdate(this, '[role="status"]');
  }

  override render() {
    const fileError = this.#writes.fieldError('file');
    return html`<p>
        ${msg('Tệp CSV (UTF-8) hoặc XLSX, mỗi dòng một văn bản, theo các cột của mẫu.', { id: 'import-intro' })}
        <a href=${templateUrl} download>${msg('Tải tệp mẫu (CSV)', { id: 'import-template' })}</a>
      </p>
      <form novalidate @submit=${(event: SubmitEvent) => this.#check(event)}>
        <div class="field">
          <label for="import-file">${msg('Tệp sổ văn bản', { id: 'import-file' })}</label>
          <input
            id="import-file"
            name="file"
            type="file"
            accept=".csv,.xlsx,${Object.values(registerImportMediaTypes).join(',')}"
            required
            aria-invalid=${fileError === undefined ? 'false' : 'true'}
            aria-describedby=${ifDefined(fileError === undefined ? undefined : 'import-file-error')}
            @change=${(event: Event) => this.#choose(event)}
          />
          ${fileError === undefined ? nothing : html`<span class="field-error" id="import-file-error">${fileError}</span>`}
        </div>
        <div class="actions"><button type="submit" ?disabled=${this.#writes.busy}>${msg('Kiểm tra, chưa ghi', { id: 'import-dry-run' })}</button></div>
      </form>
      ${this.#notice.render()} ${this.#writes.renderProblem()}
      ${this.#writes.busy ? html`<p role="status" class="loading">${msg('Đang đọc tệp…', { id: 'import-reading' })}</p>` : nothing}
      ${this.report === undefined ? nothing : this.#renderReport(this.report)} ${this.#confirm.render()}`;
  }

  #renderReport(report: RegisterImportReport) {
    const number = (value: number) => formatNumber(value, pageLanguage());
    const ready = report.dryRun && report.valid > 0;
    return html`<section aria-labelledby="import-report">
      <h2 id="import-report" tabindex="-1">
        ${report.dryRun ? msg('Kết quả kiểm tra (chưa ghi gì)', { id: 'import-dry-run-title' }) : msg('Kết quả nhập', { id: 'import-result-title' })}
      </h2>
      <p data-import-counts>
        ${report.dryRun
          ? msg(str`${number(report.rows)} dòng: ${number(report.valid)} hợp lệ, ${number(report.rows - report.valid)} có vấn đề.`, { id: 'import-checked-counts' })
          : msg(str`${number(report.rows)} dòng: ${number(report.written)} đã ghi, ${number(report.rows - report.written)} không được ghi.`, { id: 'import-written-counts' })}
      </p>
      ${report.problems.length === 0
        ? html`<p>${msg('Không có vấn đề nào.', { id: 'import-no-problems' })}</p>`
        : dataTable(
            msg(str`${number(report.problems.length + report.problemsNotListed)} vấn đề, theo dòng`, { id: 'import-problems-caption' }),
            [msg('Dòng', { id: 'import-line' }), msg('Cột', { id: 'import-column' }), msg('Vấn đề', { id: 'import-problem' })],
            report.problems.map(
              (problem) => html`<tr>
                <td>${number(problem.line)}</td>
                <td>${problem.column ?? msg('Cả dòng', { id: 'import-whole-row' })}</td>
                <td>${inPageLanguage(problem.message)}</td>
              </tr>`,
            ),
          )}
      ${report.problemsNotListed > 0 ? html`<p>${msg(str`Và ${number(report.problemsNotListed)} vấn đề nữa không liệt kê.`, { id: 'import-not-listed' })}</p>` : nothing}
      ${ready
        ? html`<div class="actions">
            <button type="button" data-import ?disabled=${this.#writes.busy} @click=${() => this.#import(report)}>
              ${msg(str`Nhập ${number(report.valid)} văn bản hợp lệ`, { id: 'import-valid' })}
            </button>
          </div>`
        : nothing}
    </section>`;
  }
}
