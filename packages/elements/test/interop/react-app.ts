// The agency app in React 19, as its developers would write it (without JSX, which needs a build
// step of its own here): state in a hook, the kit's elements given properties and `onvn-*`
// listeners, which React 19 passes to custom elements as properties and event listeners.
import { createElement as h, useCallback, useState } from 'react';
import { createRoot } from 'react-dom/client';
import '@vn-portal/elements/vn-portal.js';
import { errorEntry, initialPortalAppState, nextPortalAppState, portalAppActions, type MountPortalApp, type PortalAppAction } from './portal-app.js';

function PortalApp({ offlineApi }: { offlineApi: string }) {
  const [state, setState] = useState(initialPortalAppState);
  const onError = useCallback((event: Event) => {
    setState((current) => ({ ...current, errors: [...current.errors, errorEntry(event)] }));
  }, []);
  const { agency, apiBase, layout } = state;
  const scoped = { agency, apiBase, 'onvn-error': onError };
  return h(
    'div',
    { lang: state.lang, 'data-app': 'react' },
    h(
      'p',
      null,
      Object.entries(portalAppActions).map(([action, label]) =>
        h('button', { key: action, type: 'button', 'data-action': action, onClick: () => setState((current) => nextPortalAppState(current, action as PortalAppAction, offlineApi)) }, label),
      ),
    ),
    h('ol', { 'data-errors': '' }, state.errors.map((entry, index) => h('li', { key: index }, entry))),
    h('vn-leader-list', { ...scoped, layout }),
    h('vn-visit-counter', { ...scoped, noTrack: true }),
    h('vn-source-credit', { apiBase, author: 'Minh Anh', 'onvn-error': onError }),
    h('vn-legal-docs', scoped),
    h('vn-qa-form', scoped),
    h('vn-poll', scoped),
  );
}

export const mount: MountPortalApp = (container, { offlineApi }) => {
  const root = createRoot(container);
  root.render(h(PortalApp, { offlineApi }));
  return () => {
    root.unmount();
  };
};
