import { html, nothing, type TemplateResult } from 'lit';

/** A list as every screen shows it: a captioned table, one column header per entry (`nothing` leaves a column out). */
export const dataTable = (caption: string, columns: readonly (string | typeof nothing)[], rows: readonly TemplateResult[]) =>
  html`<table>
    <caption>
      ${caption}
    </caption>
    <thead>
      <tr>
        ${columns.map((column) => (column === nothing ? nothing : html`<th scope="col">${column}</th>`))}
      </tr>
    </thead>
    <tbody>
      ${rows}
    </tbody>
  </table>`;
