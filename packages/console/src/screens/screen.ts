import type { SessionUser } from '@vn-portal/schema';
import type { ConsoleClient } from '../console-client.js';

/** What the shell hands every screen: the client and who is signed in. */
export interface ScreenInputs {
  client: ConsoleClient | undefined;
  user: SessionUser | undefined;
}

export const screenProperties = { client: { attribute: false }, user: { attribute: false } } as const;

/** Moves focus to the element matching `selector` once the host has rendered. */
export async function focusAfterUpdate(host: { updateComplete: Promise<unknown>; renderRoot: HTMLElement | DocumentFragment }, selector: string): Promise<void> {
  await host.updateComplete;
  host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
}
