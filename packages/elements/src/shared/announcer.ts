import { html } from 'lit';

/** The polite live region each element renders once, always present so announcements are heard. */
export const liveRegion = () => html`<span class="visually-hidden" role="status" aria-live="polite" data-live></span>`;

/** Says `text` to screen readers through the element's live region. */
export function announce(root: ParentNode, text: string): void {
  const region = root.querySelector('[data-live]');
  if (!region) return;
  // Emptied first, so announcing the same text twice is heard twice.
  region.textContent = '';
  setTimeout(() => {
    region.textContent = text;
  }, 50);
}
