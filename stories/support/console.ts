// What the console's stories check, in the console's terms: its screens render inside the shell's
// shadow root (and the admin screens inside their own), so a story looks through every one of them.
import { expect, waitFor } from 'storybook/test';

// The mocked API answers at once; a failing read is retried by the SDK before the screen says so.
export const patience = { timeout: 15_000 };

/** Every element of the console's shadow roots, however deep: the screens sit inside the shell's. */
export function consoleNodes(canvasElement: HTMLElement): Element[] {
  const found: Element[] = [];
  const stack: ParentNode[] = [canvasElement];
  for (let root = stack.pop(); root !== undefined; root = stack.pop()) {
    for (const element of root.querySelectorAll('*')) {
      found.push(element);
      if (element.shadowRoot !== null) stack.push(element.shadowRoot);
    }
  }
  return found;
}

export const find = (canvasElement: HTMLElement, selector: string) => consoleNodes(canvasElement).find((element) => element.matches(selector)) as HTMLElement | undefined;
export const textOf = (canvasElement: HTMLElement) =>
  consoleNodes(canvasElement)
    .filter((element) => element.shadowRoot === null && element.children.length === 0)
    .map((element) => element.textContent)
    .join(' ')
    .replace(/\s+/g, ' ');

/** The screen is shown, its heading has focus, and nothing is loading any more. */
export async function screenReady(canvasElement: HTMLElement, heading?: string): Promise<void> {
  await waitFor(() => expect(find(canvasElement, 'h1')).toBeDefined(), patience);
  await waitFor(() => expect(find(canvasElement, '.loading')).toBeUndefined(), patience);
  if (heading !== undefined) await expect(find(canvasElement, 'h1')?.textContent.trim()).toBe(heading);
}

/** Waits for an element of the console, then returns it. */
export async function shown(canvasElement: HTMLElement, selector: string): Promise<HTMLElement> {
  await waitFor(() => expect(find(canvasElement, selector)).toBeDefined(), patience);
  return find(canvasElement, selector) as HTMLElement;
}
