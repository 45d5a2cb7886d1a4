import { html } from 'lit';

/**
 * The bot check's honeypot, the contract's `website` field: out of sight, out of the tab order and
 * out of the accessibility tree, so people leave it empty and form-filling bots do not. The
 * server refuses a submission that fills it (the proof of work is the transport's business).
 */
export const honeypotField = () => html`<input class="visually-hidden" name="website" tabindex="-1" autocomplete="off" aria-hidden="true" />`;

/** The honeypot's content, as the body's `website` when there is any (never kept in a draft). */
export function honeypotOf(form: HTMLFormElement | null | undefined): { website?: string } {
  const value = form ? new FormData(form).get('website') : null;
  return typeof value === 'string' && value !== '' ? { website: value } : {};
}
