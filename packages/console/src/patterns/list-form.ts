import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { focusAfterUpdate } from '../screens/screen.js';

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

/**
 * The item of a screen's list open in its form (`'new'` for one being added), with the focus an
 * officer on a keyboard expects: on the form's heading when it opens, back on the row's Edit
 * button (or on Add) when it closes, once the list has been read again.
 */
export class ListForm<T> implements ReactiveController {
  item: T | 'new' | undefined;
  readonly #host: Host;
  readonly #opened: () => void;
  readonly #reload: () => Promise<unknown>;

  constructor(host: Host, hooks: { opened: () => void; reload: () => Promise<unknown> }) {
    this.#host = host;
    this.#opened = hooks.opened;
    this.#reload = hooks.reload;
    host.addController(this);
  }

  hostConnected(): void {}

  async open(item: T | 'new'): Promise<void> {
    this.item = item;
    this.#opened();
    this.#host.requestUpdate();
    await focusAfterUpdate(this.#host, 'form h2');
  }

  /** Closes the form; focus goes to the row whose `data-edit` is `key`, or to Add without one. */
  async close(key?: string): Promise<void> {
    this.item = undefined;
    this.#host.requestUpdate();
    await this.#reload();
    await focusAfterUpdate(this.#host, key === undefined ? '[data-add]' : `[data-edit="${key}"]`);
  }
}
