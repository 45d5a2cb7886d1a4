import { msg } from '@lit/localize';
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';

/**
 * The status line after a write: what was done, and an Undo button when the write can be taken
 * back (the previous value written again). Only the last write can be undone.
 */
export class Notice implements ReactiveController {
  #message: string | undefined;
  #undo: (() => Promise<unknown>) | undefined;
  readonly #host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {}

  tell(message: string, undo?: () => Promise<unknown>): void {
    this.#message = message;
    this.#undo = undo;
    this.#host.requestUpdate();
  }

  async #takeBack(): Promise<void> {
    const undo = this.#undo;
    this.#undo = undefined;
    this.#message = undefined;
    this.#host.requestUpdate();
    await undo?.();
  }

  /** Always rendered, so the change is announced. */
  render() {
    return html`<div class="notice" role="status">
      ${this.#message === undefined
        ? nothing
        : html`<span>${this.#message}</span>
            ${this.#undo === undefined ? nothing : html`<button type="button" class="secondary" data-undo @click=${() => this.#takeBack()}>${msg('Hoàn tác', { id: 'undo' })}</button>`}`}
    </div>`;
  }
}
