import type { Language } from '@vn-portal/schema';

/** Page-wide settings, given once with `VnPortal.configure()`. */
export interface PortalSettings {
  /** Where the provincial API lives: its origin or its `…/api/v1` base. */
  apiBase?: string;
  /** Agency code whose data the elements show by default. */
  agency?: string;
  /** Locale used when neither an element nor any ancestor has `lang`. */
  locale?: Language;
}

/** The one global the kit creates: `window.VnPortal`. */
export interface VnPortalNamespace {
  readonly settings: Readonly<PortalSettings>;
  configure(settings: PortalSettings): void;
  /** Elements subscribe to re-read the settings when they change; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
}

declare global {
  interface Window {
    VnPortal?: VnPortalNamespace;
  }
}

function createNamespace(): VnPortalNamespace {
  let settings: PortalSettings = {};
  const listeners = new Set<() => void>();
  return {
    get settings() {
      return settings;
    },
    configure(next) {
      settings = { ...settings, ...next };
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/**
 * The page's namespace, created on first use. A second copy of the kit finds the first one's, so
 * `configure()` reaches every element whichever copy defined it.
 */
export function portalNamespace(): VnPortalNamespace {
  return (window.VnPortal ??= createNamespace());
}

const metaContent = (name: string) => document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content.trim() || undefined;

/** The API base: the element's attribute, then `VnPortal.configure()`, then `<meta name="vn-portal:api">`. */
export const resolveApiBase = (attribute: string | undefined): string | undefined =>
  attribute || portalNamespace().settings.apiBase || metaContent('vn-portal:api');

/** The agency: the element's attribute, then `VnPortal.configure()`; none means province-wide. */
export const resolveAgency = (attribute: string | undefined): string | undefined => attribute || portalNamespace().settings.agency;
