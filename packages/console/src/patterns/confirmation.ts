import { msg } from '@lit/localize';
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';

interface Question {
  message: string;
  action: string;
  resolve: (confirmed: boolean) => void;
}

/**
 * Asks before a write that cannot be taken back, in a modal `<dialog>`: the browser keeps focus
 * inside it, Escape cancels, and focus returns to the button that asked when it closes.
 */
export class Confirmation implements ReactiveController {
  #question: Question | undefined;
  readonly #host: ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment };

  constructor(host: ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment }) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {}

  /** A dialog opens modal once it is in the document, after the host rendered it. */
  hostUpdated(): void {
    const dialog = this.#host.renderRoot.querySelector<HTMLDialogElement>('dialog[data-confirmation]');
    if (dialog !== null && !dialog.open) dialog.showModal();
  }

  /** Resolves true when the officer confirms `action`, false when they cancel. */
  ask(message: string, action: string): Promise<boolean> {
    this.#question?.resolve(false);
    return new Promise((resolve) => {
      this.#question = { message, action, resolve };
      this.#host.requestUpdate();
    });
  }

  #answer(confirmed: boolean): void {
    this.#question?.resolve(confirmed);
    this.#question = undefined;
    this.#host.requestUpdate();
  }

  render() {
    const question = this.#question;
    if (question === undefined) return nothing;
    return html`<dialog
      data-confirmation
      aria-labelledby="confirm-message"
      @cancel=${(event: Event) => {
        event.preventDefault();
        this.#answer(false);
      }}
    >
      <p id="confirm-message">${question.message}</p>
      <div class="actions">
        <button type="button" class="secondary" @click=${() => this.#answer(false)}>${msg('Hủy', { id: 'cancel' })}</button>
        <button type="button" class="danger" data-confirm @click=${() => this.#answer(true)}>${question.action}</button>
      </div>
    </dialog>`;
  }
}
