import { portalNamespace } from './shared/config.js';

/**
 * Loads only the elements a page uses: each tag's module is fetched when the tag first appears,
 * whether it is in the page already or added later.
 */
const loaders: Record<string, () => Promise<unknown>> = {
  'vn-leader-list': () => import('./leader-list/vn-leader-list.js'),
  'vn-visit-counter': () => import('./visit-counter/vn-visit-counter.js'),
  'vn-source-credit': () => import('./source-credit/vn-source-credit.js'),
  'vn-poll': () => import('./poll/vn-poll.js'),
  'vn-legal-docs': () => import('./legal-docs/vn-legal-docs.js'),
  'vn-qa-form': () => import('./qa-form/vn-qa-form.js'),
};

const requested = new Set<string>();

function loadElementsIn(root: Element): void {
  for (const [tag, load] of Object.entries(loaders)) {
    if (requested.has(tag) || !(root.matches(tag) || root.querySelector(tag))) continue;
    requested.add(tag);
    load().catch((error: unknown) => {
      requested.delete(tag);
      console.warn(`VN Portal Kit could not load <${tag}>`, error);
    });
  }
  if (requested.size === Object.keys(loaders).length) observer.disconnect();
}

// Only added subtrees are searched, so a busy page's own DOM changes cost little.
const observer = new MutationObserver((records) => {
  for (const record of records) {
    for (const node of record.addedNodes) if (node instanceof Element) loadElementsIn(node);
  }
});

portalNamespace();
observer.observe(document.documentElement, { childList: true, subtree: true });
loadElementsIn(document.documentElement);
