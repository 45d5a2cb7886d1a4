// The agency app in Vue 3, as its developers would write it: a template with the kit's elements,
// `:prop` bindings (Vue sets them as properties where the element has one) and `@vn-*` listeners.
// Vue is told which tags are custom elements, as its guide says to.
import { createApp, ref } from 'vue';
import '@vn-portal/elements/vn-portal.js';
import { errorEntry, initialPortalAppState, nextPortalAppState, portalAppActions, type MountPortalApp, type PortalAppAction } from './portal-app.js';

const template = `<div :lang="state.lang" data-app="vue">
  <p><button v-for="(label, action) in actions" :key="action" type="button" :data-action="action" @click="act(action)">{{ label }}</button></p>
  <ol data-errors><li v-for="(entry, index) in state.errors" :key="index">{{ entry }}</li></ol>
  <vn-leader-list :agency="state.agency" :apiBase="state.apiBase" :layout="state.layout" @vn-error="onError"></vn-leader-list>
  <vn-visit-counter :agency="state.agency" :apiBase="state.apiBase" :noTrack="true" @vn-error="onError"></vn-visit-counter>
  <vn-source-credit :apiBase="state.apiBase" author="Minh Anh" @vn-error="onError"></vn-source-credit>
  <vn-legal-docs :agency="state.agency" :apiBase="state.apiBase" @vn-error="onError"></vn-legal-docs>
  <vn-qa-form :agency="state.agency" :apiBase="state.apiBase" @vn-error="onError"></vn-qa-form>
  <vn-poll :agency="state.agency" :apiBase="state.apiBase" @vn-error="onError"></vn-poll>
</div>`;

export const mount: MountPortalApp = (container, { offlineApi }) => {
  const app = createApp({
    template,
    setup() {
      const state = ref(initialPortalAppState);
      return {
        state,
        actions: portalAppActions,
        act: (action: PortalAppAction) => (state.value = nextPortalAppState(state.value, action, offlineApi)),
        onError: (event: Event) => (state.value = { ...state.value, errors: [...state.value.errors, errorEntry(event)] }),
      };
    },
  });
  app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('vn-');
  app.mount(container);
  return () => {
    app.unmount();
  };
};
