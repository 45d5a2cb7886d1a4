// The little agency app the interop tests build three times, in React, in Vue and on a jQuery page,
// each the way that framework is written. The tests drive it through its buttons and read the DOM.
import type { VnErrorDetail } from '../../src/shared/portal-element.js';
import type { Language } from '@vn-portal/schema';

export interface PortalAppState {
  lang: Language;
  agency: string;
  layout: 'list' | 'table';
  /** `undefined` leaves the address to the page's `<meta name="vn-portal:api">`. */
  apiBase: string | undefined;
  /** What the app heard on `vn-error`, one `<tag>: <kind>` each. */
  errors: string[];
}

/** The app's buttons, by their `data-action`. */
export type PortalAppAction = 'switch-language' | 'switch-agency' | 'show-table' | 'go-offline' | 'go-online';

export const portalAppActions: Record<PortalAppAction, string> = {
  'switch-language': 'English / Tiếng Việt',
  'switch-agency': 'Sở Thông tin và Truyền thông',
  'show-table': 'Bảng',
  'go-offline': 'Mất kết nối',
  'go-online': 'Kết nối lại',
};

export const initialPortalAppState: PortalAppState = { lang: 'vi', agency: 'ubnd-tinh', layout: 'list', apiBase: undefined, errors: [] };

/** What each button does to the state; `offlineApi` is an address where nothing answers. */
export function nextPortalAppState(state: PortalAppState, action: PortalAppAction, offlineApi: string): PortalAppState {
  switch (action) {
    case 'switch-language':
      return { ...state, lang: state.lang === 'vi' ? 'en' : 'vi' };
    case 'switch-agency':
      return { ...state, agency: state.agency === 'stttt' ? 'ubnd-tinh' : 'stttt' };
    case 'show-table':
      return { ...state, layout: state.layout === 'table' ? 'list' : 'table' };
    case 'go-offline':
      return { ...state, apiBase: offlineApi, errors: [] };
    case 'go-online':
      return { ...state, apiBase: undefined };
  }
}

/** How the app records a `vn-error` it heard. */
export const errorEntry = (event: Event): string => `${(event.target as Element).localName}: ${(event as CustomEvent<VnErrorDetail>).detail.error.kind}`;

/** Mounts the app into `container`; returns the function that unmounts it. */
export type MountPortalApp = (container: HTMLElement, options: { offlineApi: string }) => () => void;
