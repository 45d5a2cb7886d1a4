// The agency app on a jQuery 4 page, as such pages are written: markup built with `$()`, the kit's
// elements configured with `.prop()`, one delegated `.on('vn-error', …)` for all of them, and the
// language switched with `.attr('lang', …)`.
import $ from 'jquery';
import '@vn-portal/elements/vn-portal.js';
import { errorEntry, initialPortalAppState, nextPortalAppState, portalAppActions, type MountPortalApp, type PortalAppAction, type PortalAppState } from './portal-app.js';

export const mount: MountPortalApp = (container, { offlineApi }) => {
  let state = initialPortalAppState;
  const $app = $('<div data-app="jquery">').attr('lang', state.lang);
  const $errors = $('<ol data-errors>');
  const $elements = {
    leaders: $('<vn-leader-list>'),
    counter: $('<vn-visit-counter>').prop('noTrack', true),
    credit: $('<vn-source-credit>').prop('author', 'Minh Anh'),
    documents: $('<vn-legal-docs>'),
    questions: $('<vn-qa-form>'),
    poll: $('<vn-poll>'),
  };
  const scoped = [$elements.leaders, $elements.counter, $elements.documents, $elements.questions, $elements.poll];

  const show = (next: PortalAppState) => {
    state = next;
    $app.attr('lang', state.lang);
    // `.attr(name, undefined)` and `.prop(name, undefined)` are getters in jQuery: the attribute is removed instead.
    for (const $element of Object.values($elements)) {
      if (state.apiBase === undefined) $element.removeAttr('api-base');
      else $element.attr('api-base', state.apiBase);
    }
    for (const $element of scoped) $element.prop('agency', state.agency);
    $elements.leaders.prop('layout', state.layout);
    $errors.empty().append(state.errors.map((entry) => $('<li>').text(entry)));
  };

  const $buttons = Object.entries(portalAppActions).map(([action, label]) =>
    $('<button type="button">').attr('data-action', action).text(label).on('click', () => {
      show(nextPortalAppState(state, action as PortalAppAction, offlineApi));
    }),
  );
  $app
    .append($('<p>').append($buttons), $errors, Object.values($elements))
    .on('vn-error', ({ originalEvent }) => {
      if (originalEvent) show({ ...state, errors: [...state.errors, errorEntry(originalEvent)] });
    })
    .appendTo(container);
  show(state);
  return () => {
    $app.remove();
  };
};
