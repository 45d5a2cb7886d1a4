import { css } from 'lit';

/**
 * Styles every element starts from. The font and text colour are inherited from the page on
 * purpose (the widget looks native, and follows the user's font size); text properties a hostile
 * page may force on every element (`* { line-height: 1 !important }`) are reset with `!important`,
 * which inside a shadow root wins over the page's. Accent colours use `light-dark()`, so they turn
 * light on dark when the visitor prefers a dark scheme and the page supports one (`color-scheme`),
 * and stay readable on light-only pages; forced-colours mode gets system colours.
 *
 * Every target is at least 24×24 CSS px (WCAG 2.2, 2.5.8) whatever font size and line height the
 * page passes down: sizes in px, not em or rem, which an old theme may shrink
 * (`* { font: 11px/1.1 … }`). Only the boxes grow, the text keeps the page's font; links inside
 * editors' text stay inline, as the criterion allows. Those rules are in `:where()`, without
 * specificity, so an element's own rules still decide its layout.
 */
export const portalStyles = css`
  :host {
    display: block;
    color: var(--vn-color-text);
    line-height: var(--vn-line-height, 1.5) !important;
    text-align: start !important;
    text-transform: none !important;
    text-indent: 0 !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    white-space: normal !important;
    visibility: visible !important;
    --_accent: var(--vn-color-accent, light-dark(#0b5cad, #8cc4ff));
    --_muted: var(--vn-color-muted, light-dark(#5b6470, #b4bcc7));
    --_border: var(--vn-color-border, light-dark(#c9ced6, #4a5260));
    --_surface: var(--vn-color-surface, transparent);
    --_radius: var(--vn-radius, 0.375rem);
    --_gap: var(--vn-gap, 1rem);
  }
  :host([hidden]) {
    display: none;
  }
  /* Set, not inherited: a page's "* { box-sizing: content-box !important }" reaches the host. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  a {
    color: var(--_accent);
  }
  :where(a:not(.rich a, .biography a)) {
    display: inline-block;
    min-block-size: 24px;
    min-inline-size: 24px;
    align-content: center;
  }
  :where(button, select, input:not([type='checkbox'], [type='radio']), summary) {
    min-block-size: 24px;
    min-inline-size: 24px;
  }
  :where(input[type='checkbox'], input[type='radio']) {
    inline-size: max(1rem, 16px);
    block-size: max(1rem, 16px);
    margin: 4px;
  }
  button {
    font: inherit;
    min-block-size: max(2rem, 24px);
    padding: 0.25rem 0.75rem;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_accent);
    cursor: pointer;
  }
  button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.7;
  }
  :focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  /* Its size wins over any element rule (a form's inputs are 100 % wide, for one): an absolutely
     placed box that wide would reach past the page's edge and widen the host page. */
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px !important;
    block-size: 1px !important;
    min-inline-size: 0 !important;
    min-block-size: 0 !important;
    margin: 0 !important;
    padding: 0 !important;
    border: 0 !important;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .state {
    margin: 0;
    padding: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .stale {
    margin-block-end: var(--_gap);
  }
  .skeleton * {
    border-radius: var(--_radius);
    background: var(--vn-color-skeleton, color-mix(in srgb, currentColor 12%, transparent));
    animation: vn-pulse 1.5s ease-in-out infinite;
  }
  @keyframes vn-pulse {
    50% {
      opacity: 0.5;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }
  @media (forced-colors: active) {
    .skeleton * {
      background: GrayText;
    }
    button {
      border-color: ButtonText;
      color: ButtonText;
    }
    a {
      color: LinkText;
    }
  }
`;
