import { updateWhenLocaleChanges } from '@lit/localize';
import type { SessionUser } from '@vn-portal/schema';
import { LitElement, type PropertyDeclarations } from 'lit';
import type { ConsoleClient } from '../console-client.js';
import { consoleStyles } from '../patterns/styles.js';

/**
 * What every screen is: an element the shell hands the client and who is signed in, in the
 * console's look, re-rendered when the language changes. The behaviour lives in the patterns'
 * controllers, not here.
 */
export class ConsoleScreen extends LitElement {
  // Typed wide so each screen declares its own state beside these (lit merges a class's with its base's).
  static override properties: PropertyDeclarations = { client: { attribute: false }, user: { attribute: false } };
  static override styles = consoleStyles;
  declare client: ConsoleClient | undefined;
  declare user: SessionUser | undefined;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }
}

/** Moves focus to the element matching `selector` once the host has rendered. */
export async function focusAfterUpdate(host: { updateComplete: Promise<unknown>; renderRoot: HTMLElement | DocumentFragment }, selector: string): Promise<void> {
  await host.updateComplete;
  host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
}
