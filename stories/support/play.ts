// What the stories' play functions check, in the terms of the kit's elements: they run in
// Storybook's Interactions panel and in the story tests (`scripts/story-tests.js`).
import { expect, waitFor } from 'storybook/test';
import type { PortalElement } from '@vn-portal/elements';

// The mocked API answers at once, but a failing request is retried (twice, with back-off) before
// the element shows the error: a second or so, more on a busy machine.
const patience = { timeout: 15_000 };

export const part = (element: Element, name: string) => element.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`) ?? null;
export const parts = (element: Element, name: string) => [...(element.shadowRoot?.querySelectorAll<HTMLElement>(`[part~="${name}"]`) ?? [])];
/** Visible text, white space collapsed. */
export const textOf = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The kit's tags (those whose element is a `PortalElement`). */
export type KitTag = { [T in keyof HTMLElementTagNameMap]: HTMLElementTagNameMap[T] extends PortalElement ? T : never }[keyof HTMLElementTagNameMap];

/** The story's element: the first of its tag in the canvas. */
export function storyElement<K extends KitTag>(canvasElement: HTMLElement, tag: K): HTMLElementTagNameMap[K] {
  const element = canvasElement.querySelector(tag);
  if (!element) throw new Error(`the story renders no <${tag}>`);
  return element;
}

/** Waits until the element has finished loading, successfully or not, and rendered. */
export async function settled(element: PortalElement): Promise<void> {
  await waitFor(() => expect(part(element, 'base')?.getAttribute('aria-busy')).toBe('false'), patience);
  await element.updateComplete;
}

/** Waits for the element's data, shown with no error. */
export async function loaded(element: PortalElement): Promise<void> {
  await settled(element);
  await expect(part(element, 'error')).toBeNull();
  await expect(part(element, 'skeleton')).toBeNull();
}

/** Waits for the error message (an alert), with the Retry button unless `retry` is false. */
export async function showsError(element: PortalElement, { retry = true } = {}): Promise<HTMLElement> {
  await waitFor(() => expect(part(element, 'error')).not.toBeNull(), patience);
  await settled(element);
  const error = part(element, 'error');
  await expect(error?.getAttribute('role')).toBe('alert');
  await expect(part(element, 'retry-button') !== null).toBe(retry);
  return error as HTMLElement;
}

/** Content with no English version: shown in Vietnamese and marked `lang="vi"` for screen readers. */
export async function marksVietnameseFallback(element: PortalElement): Promise<void> {
  const fallbacks = element.shadowRoot?.querySelectorAll('[lang="vi"]') ?? [];
  await expect(fallbacks.length).toBeGreaterThan(0);
}
