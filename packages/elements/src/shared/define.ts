import { portalNamespace } from './config.js';

/**
 * Registers a tag unless it is taken. A page may load the kit twice (two plugins of a CMS, a
 * cached and a fresh copy): the first definition wins and the second only warns, instead of the
 * "has already been used with this registry" error that would stop the rest of the script.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  // Registering any element also makes `VnPortal.configure()` available to the page.
  portalNamespace();
  const existing = customElements.get(tag);
  if (existing === undefined) {
    customElements.define(tag, constructor);
  } else if (existing !== constructor) {
    console.warn(`<${tag}> is already defined by another copy of VN Portal Kit; keeping the first.`);
  }
}
