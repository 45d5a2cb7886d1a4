import { msg } from '@lit/localize';
import type { Agency } from '@vn-portal/schema';
import { html, nothing, type ReactiveControllerHost } from 'lit';
import { agenciesWithin, type ConsoleUser } from '../access.js';
import type { ConsoleClient } from '../console-client.js';
import { inPageLanguage } from './language.js';
import { load } from './loading.js';

/**
 * The agencies a screen may show, chosen in one select: only the person's own when their account is
 * scoped. With `all` (the label of a first option), `selected` is `''` for every agency the person
 * covers, for lists and reports the server filters by scope itself.
 */
export class AgencyChoice {
  selected: string | undefined;
  readonly agencies;
  readonly #host: ReactiveControllerHost;
  readonly #all: (() => string) | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, source: () => { client: ConsoleClient | undefined; user: ConsoleUser | undefined }, all?: () => string) {
    this.#host = host;
    this.#all = all;
    if (all !== undefined) this.selected = '';
    this.agencies = load(host, () => [source().client, source().user] as const, async ([client, user]) => {
      if (client === undefined || user === undefined) return [];
      const within = agenciesWithin(user, (await client.listAgencies()).items);
      const kept = (all !== undefined && this.selected === '') || within.some((agency) => agency.code === this.selected);
      if (!kept) this.selected = within[0]?.code;
      return within;
    });
  }

  /** The chosen agency's name, for headings. */
  nameOf(code: string | undefined): string {
    const agency = this.agencies.value?.find((candidate) => candidate.code === code);
    return agency === undefined ? (code ?? '') : inPageLanguage(agency.name);
  }

  render() {
    const agencies: readonly Agency[] = this.agencies.value ?? [];
    if (agencies.length === 0) return nothing;
    return html`<div class="field">
      <label for="agency-choice">${msg('Cơ quan', { id: 'agency' })}</label>
      <select
        id="agency-choice"
        @change=${(event: Event) => {
          this.selected = (event.target as HTMLSelectElement).value;
          this.#host.requestUpdate();
        }}
      >
        ${this.#all === undefined ? nothing : html`<option value="" ?selected=${this.selected === ''}>${this.#all()}</option>`}
        ${agencies.map((agency) => html`<option value=${agency.code} ?selected=${agency.code === this.selected}>${inPageLanguage(agency.name)}</option>`)}
      </select>
    </div>`;
  }
}
